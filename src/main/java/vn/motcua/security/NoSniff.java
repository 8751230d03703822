package vn.motcua.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code X-Content-Type-Options: nosniff} on every answer of the application, whoever writes it:
 * Spring Security sets it for our own chains and Camunda's header filter for its webapps, but
 * Camunda's REST API, actuator, the simulator, static files and error pages have no one else.
 * Set before anything runs; the others find it there and do not repeat it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class NoSniff extends OncePerRequestFilter {

    static final String HEADER = "X-Content-Type-Options";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        mark(response);
        chain.doFilter(request, response);
    }

    /** Error pages too: the container may have reset the headers of the failed request. */
    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    @Override
    protected void doFilterNestedErrorDispatch(HttpServletRequest request, HttpServletResponse response,
            FilterChain chain) throws ServletException, IOException {
        mark(response);
        chain.doFilter(request, response);
    }

    private static void mark(HttpServletResponse response) {
        if (!response.containsHeader(HEADER)) {
            response.setHeader(HEADER, "nosniff");
        }
    }
}
