package vn.motcua.supervision;

import org.springframework.context.annotation.Bean;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

import vn.motcua.organisation.Role;
import vn.motcua.security.Officers;
import vn.motcua.security.WebappSessionLogin;
import vn.motcua.system.Messages;

/**
 * The dashboard is a browser page, not an API: form login with a session and CSRF protection,
 * for supervisors and unit leaders only. The login is shared with Camunda's webapps and the file
 * page ({@link WebappSessionLogin}); its form is also where the file page sends an officer not logged in. Placed before the project's other chains, which match
 * /api/** and everything else.
 */
@Configuration
class SupervisionSecurity {

    static final String LOGIN = "/supervision/login";
    /**
     * The pages load their own scripts and styles and nothing else; the chart data travels in a
     * data attribute, so no inline script is needed. No framing (clickjacking).
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; "
            + "base-uri 'none'; object-src 'none'";

    @Bean
    @Order(0)
    SecurityFilterChain supervisionChain(HttpSecurity http, AuthenticationProvider officers,
            WebappSessionLogin sessionLogin) throws Exception {
        http.securityMatcher("/supervision", "/supervision/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(LOGIN, "/supervision/assets/**").permitAll()
                        // the time-limit tables: read-only, for analysts too (procedure.TimeLimitPage)
                        .requestMatchers("/supervision/time-limits").access((auth, context) -> new AuthorizationDecision(
                                Viewer.mayOpen(auth.get()) || Officers.groupsOf(auth.get()).contains(Role.ANALYST.groupId())))
                        // every commune side by side: the province's supervisors only
                        .requestMatchers("/supervision/province", "/supervision/province.*").access((auth, context) ->
                                new AuthorizationDecision(Viewer.isSupervisor(auth.get())))
                        .anyRequest().access((auth, context) -> new AuthorizationDecision(Viewer.mayOpen(auth.get()))))
                .authenticationProvider(officers)
                // one sign-on with Tasklist and Cockpit: the login is Camunda's, in the session
                .securityContext(context -> context.securityContextRepository(sessionLogin))
                .formLogin(form -> form.loginPage(LOGIN).loginProcessingUrl(LOGIN)
                        .defaultSuccessUrl("/supervision", false).failureUrl(LOGIN + "?error").permitAll())
                .logout(logout -> logout.logoutUrl("/supervision/logout").logoutSuccessUrl(LOGIN + "?logout"))
                .exceptionHandling(e -> e.accessDeniedHandler((request, response, denied) -> forbidden(request, response)))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY)));
        return http.build();
    }

    /** A plain page, not a redirect: the officer is logged in, just not allowed here. */
    private static void forbidden(jakarta.servlet.http.HttpServletRequest request,
            jakarta.servlet.http.HttpServletResponse response) throws java.io.IOException {
        var csrf = (org.springframework.security.web.csrf.CsrfToken) request
                .getAttribute(org.springframework.security.web.csrf.CsrfToken.class.getName());
        String hidden = csrf == null ? "" : "<input type=\"hidden\" name=\"" + csrf.getParameterName()
                + "\" value=\"" + csrf.getToken() + "\">";
        response.setStatus(HttpStatus.FORBIDDEN.value());
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write("""
                <!DOCTYPE html><html lang="vi"><head><meta charset="UTF-8"><title>%1$s</title>
                <link rel="stylesheet" href="/supervision/assets/supervision.css"></head><body class="narrow">
                <h1>%1$s</h1>
                <p>%2$s</p>
                <form method="post" action="/supervision/logout">%3$s
                <button type="submit">%4$s</button></form></body></html>""".formatted(
                Messages.text("system.page.forbidden.title"),
                request.getRequestURI().startsWith("/supervision/province")
                        ? Messages.text("supervision.forbidden.province") + " <a href=\"/supervision\">"
                                + Messages.text("supervision.forbidden.backToDashboard") + "</a>"
                        : Messages.text("supervision.forbidden.dashboard"), hidden,
                Messages.text("supervision.forbidden.otherAccount")));
    }
}
