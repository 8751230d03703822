package vn.motcua.security;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The workflow webapps' login as it is kept in the HTTP session (Tasklist, Cockpit, Admin): the one
 * sign-on {@link WebappSessionLogin} reads and writes. Implemented by the engine adapter.
 */
public interface WebappSessions {

    /** The officer the webapps consider logged in on this request's session, or null (never creates a session). */
    String loggedInUser(HttpServletRequest request);

    /** Logs the officer in to the webapps on this request's session, creating it; false if the engine does not know him. */
    boolean logIn(HttpServletRequest request, String userId);

    /** Logs whoever is logged in on this session out of the webapps; nothing if there is no session. */
    void logOut(HttpServletRequest request);
}
