package vn.motcua.security;

import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.DeferredSecurityContext;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;

/**
 * One sign-on for the officers' browser pages (the dashboard, the file page) and Camunda's webapps
 * (Tasklist, Cockpit, Admin): the login lives in one place, Camunda's authentication in the HTTP
 * session. A page request is authenticated when the session holds the engine's authentication, with
 * the same officer (user and groups) the API's login builds; a login on the dashboard's form puts the
 * engine's authentication into the session, so Tasklist opens without a second login. Nothing else
 * is kept, so logging out of either (Camunda removes its authentication, the dashboard ends the
 * session) logs out of both. How the engine keeps the session's login is the adapter's ({@link WebappSessions}).
 */
@Component
public class WebappSessionLogin implements SecurityContextRepository {

    private final WebappSessions sessions;
    private final OfficerAuthenticationProvider officers;
    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

    WebappSessionLogin(WebappSessions sessions, OfficerAuthenticationProvider officers) {
        this.sessions = sessions;
        this.officers = officers;
    }

    @Override
    public DeferredSecurityContext loadDeferredContext(HttpServletRequest request) {
        String userId = sessions.loggedInUser(request);
        // the officer's groups are read from the engine only when a rule asks for them
        Supplier<SecurityContext> context = SingletonSupplier.of(() -> {
            SecurityContext loaded = contexts.createEmptyContext();
            if (userId != null) {
                loaded.setAuthentication(officers.officer(userId));
            }
            return loaded;
        });
        return new DeferredSecurityContext() {
            @Override
            public SecurityContext get() {
                return context.get();
            }

            @Override
            public boolean isGenerated() {
                return userId == null;
            }
        };
    }

    @Override
    @Deprecated
    public SecurityContext loadContext(org.springframework.security.web.context.HttpRequestResponseHolder holder) {
        return loadDeferredContext(holder.getRequest()).get();
    }

    /** Called by the form login (a new officer) and the logout (an empty context). */
    @Override
    public void saveContext(SecurityContext context, HttpServletRequest request, HttpServletResponse response) {
        Authentication authentication = context.getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            sessions.logOut(request);
            return;
        }
        // the engine's own record of the login: groups, tenants and the webapps the officer may open
        sessions.logIn(request, authentication.getName());
    }

    @Override
    public boolean containsContext(HttpServletRequest request) {
        return sessions.loggedInUser(request) != null;
    }
}
