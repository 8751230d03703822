package vn.motcua.engine.security;

import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;

import vn.motcua.security.EngineCaller;

/** Who calls the engine API: the webapps' session on {@code /camunda/}, HTTP Basic on {@code /engine-rest}. */
final class EngineCallers {

    private EngineCallers() {
    }

    static Optional<EngineCaller> of(HttpServletRequest request, IdentityService identity) {
        if (request.getServletPath().startsWith("/camunda/")) {
            HttpSession session = request.getSession(false);
            Authentications all = session == null ? null : AuthenticationUtil.getAuthsFromSession(session);
            var authentication = all == null ? null : all.getAuthenticationForProcessEngine("default");
            return authentication instanceof UserAuthentication user
                    ? Optional.of(new EngineCaller(user.getIdentityId(), List.copyOf(user.getGroupIds())))
                    : Optional.empty();
        }
        Authentication current = identity.getCurrentAuthentication();
        return current == null || current.getUserId() == null ? Optional.empty()
                : Optional.of(new EngineCaller(current.getUserId(), EngineForms.groupsOf(current)));
    }
}
