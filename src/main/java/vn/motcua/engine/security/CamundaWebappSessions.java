package vn.motcua.engine.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.stereotype.Component;

import vn.motcua.security.WebappSessions;

/**
 * Camunda's webapps keep their login in the HTTP session ({@link Authentications}, one per engine):
 * reading it, adding the engine's own record of an officer's login (groups, tenants and the webapps he
 * may open), and removing it, under Camunda's session lock.
 */
@Component
class CamundaWebappSessions implements WebappSessions {

    private final ProcessEngine engine;

    CamundaWebappSessions(ProcessEngine engine) {
        this.engine = engine;
    }

    @Override
    public String loggedInUser(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(CamundaSession.KEY) instanceof Authentications all)) {
            return null;
        }
        var login = all.getAuthenticationForProcessEngine(engine.getName());
        return login instanceof UserAuthentication user ? user.getIdentityId() : null;
    }

    @Override
    public boolean logIn(HttpServletRequest request, String userId) {
        UserAuthentication camunda = AuthenticationUtil.createAuthentication(engine, userId);
        if (camunda == null) {
            return false;
        }
        HttpSession session = request.getSession(true);
        synchronized (CamundaSession.mutex(session)) {
            Authentications all = AuthenticationUtil.getAuthsFromSession(session);
            all.addOrReplace(camunda);
            AuthenticationUtil.updateSession(session, all);
        }
        return true;
    }

    @Override
    public void logOut(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return;
        }
        synchronized (CamundaSession.mutex(session)) {
            Authentications all = AuthenticationUtil.getAuthsFromSession(session);
            all.removeByEngineName(engine.getName());
            AuthenticationUtil.updateSession(session, all);
        }
    }

    /** Camunda's session attribute (read without creating it on every anonymous request) and its lock. */
    private static final class CamundaSession extends AuthenticationUtil {
        static final String KEY = CAM_AUTH_SESSION_KEY;

        static Object mutex(HttpSession session) {
            return getSessionMutex(session);
        }
    }
}
