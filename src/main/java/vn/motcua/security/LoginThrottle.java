package vn.motcua.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import vn.motcua.system.ApiError;
import vn.motcua.system.Messages;

/**
 * One throttle in front of every door that checks a password: HTTP Basic on {@code /api},
 * {@code /engine-rest} and {@code /actuator}, the webapps' login form and the dashboard's. It learns
 * the outcome from the answer (401, or the dashboard's redirect to "?error") and makes the next
 * attempts of that account and of that address wait ({@link FailedLogins}); a waiting attempt is
 * answered 429 with Retry-After and never reaches the password check.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
@EnableConfigurationProperties(LoginThrottleProperties.class)
public class LoginThrottle extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);
    private static final String WEBAPP_LOGIN = "^/camunda/api/admin/auth/user/[^/]+/login/[^/]+$";
    private static final String DASHBOARD_LOGIN = "/supervision/login";

    private final FailedLogins failures;

    LoginThrottle(LoginThrottleProperties rules) {
        this.failures = new FailedLogins(rules, Clock.systemUTC());
    }

    /** Forgets every failure: for tests, which all come from one address. */
    public void forgetAll() {
        failures.forgetAll();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<String> account = account(request);
        if (account.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        String client = request.getRemoteAddr();
        Optional<Duration> wait = failures.waitFor(client, account.get());
        if (wait.isPresent()) {
            refuse(request, response, wait.get());
            return;
        }
        chain.doFilter(request, response);
        if (failed(request, response)) {
            failures.failed(client, account.get());
            int count = failures.failuresOf(account.get());
            if (count % 5 == 0) {
                log.warn("Security alert: {} failed logins for account '{}', the last from {}", count, account.get(), client);
            }
        } else {
            failures.succeeded(client, account.get());
        }
    }

    /** @return the account a request logs in with, if it carries a password to a door that checks it */
    private static Optional<String> account(HttpServletRequest request) {
        String path = request.getRequestURI();
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)
                && (path.startsWith("/api/") || path.startsWith("/engine-rest/") || path.startsWith("/actuator/"))) {
            try {
                String pair = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
                int colon = pair.indexOf(':');
                return colon <= 0 ? Optional.empty() : Optional.of(pair.substring(0, colon));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
        if ("POST".equals(request.getMethod()) && (path.matches(WEBAPP_LOGIN) || path.equals(DASHBOARD_LOGIN))) {
            String user = request.getParameter("username");
            return user == null || user.isBlank() ? Optional.empty() : Optional.of(user);
        }
        return Optional.empty();
    }

    private static boolean failed(HttpServletRequest request, HttpServletResponse response) {
        if (request.getRequestURI().equals(DASHBOARD_LOGIN)) {
            String location = response.getHeader("Location");
            return location != null && location.contains("?error");
        }
        return response.getStatus() == 401;
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, Duration wait) throws IOException {
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        String message = Messages.text("security.throttle.message", seconds);
        response.setStatus(429);
        response.setHeader("Retry-After", String.valueOf(seconds));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (request.getRequestURI().equals(DASHBOARD_LOGIN)) {
            response.setContentType("text/html;charset=UTF-8");
            response.getWriter().write("<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"UTF-8\"><title>"
                    + Messages.text("security.throttle.title") + "</title><link rel=\"stylesheet\""
                    + " href=\"/supervision/assets/supervision.css\"></head><body class=\"narrow\"><h1>"
                    + Messages.text("security.throttle.heading") + "</h1><p>" + message + "</p><p><a"
                    + " href=\"/supervision/login\">" + Messages.text("security.throttle.back") + "</a></p></body></html>");
            return;
        }
        ApiError.of(HttpStatus.TOO_MANY_REQUESTS, message).writeTo(response);
    }
}
