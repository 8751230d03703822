package vn.motcua.security;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

import vn.motcua.system.UnauthorizedException;

/**
 * The officer logged in to Camunda's webapps (Tasklist) in this browser session, as the same
 * authentication an HTTP Basic login gives: scripts added to Tasklist call the {@code /desk/**}
 * endpoints with the session cookie, so the desk is never asked for a password a second time.
 */
@Component
public class TasklistSession {

    /** @throws UnauthorizedException no Tasklist login in this session */
    public Authentication officer(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Authentications all = session == null ? null : AuthenticationUtil.getAuthsFromSession(session);
        var authentication = all == null ? null : all.getAuthenticationForProcessEngine("default");
        if (!(authentication instanceof UserAuthentication user)) {
            throw new UnauthorizedException("Phiên làm việc đã hết hoặc chưa đăng nhập: xin đăng nhập lại Tasklist.");
        }
        List<SimpleGrantedAuthority> groups = user.getGroupIds().stream()
                .map(group -> new SimpleGrantedAuthority(Officers.GROUP_PREFIX + group)).toList();
        return UsernamePasswordAuthenticationToken.authenticated(user.getIdentityId(), null, groups);
    }
}
