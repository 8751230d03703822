package vn.motcua.feedback;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;

import vn.motcua.security.Officers;
import vn.motcua.security.WebappSessionLogin;

/**
 * The dialogue page as the file pages: the officers' login of Tasklist, Cockpit or the dashboard
 * ({@link WebappSessionLogin}), else the dashboard's login form; the same strict policy (no inline
 * script or style); CSRF tokens in every form (Thymeleaf's {@code th:action} writes them).
 */
@Configuration
class DialoguePageSecurity {

    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; form-action 'self'; "
            + "frame-ancestors 'self'; base-uri 'none'; object-src 'none'";

    @Bean
    @Order(0)
    SecurityFilterChain dialoguePageChain(HttpSecurity http, WebappSessionLogin sessionLogin, Officers officers)
            throws Exception {
        http.securityMatcher("/dialogues", "/dialogues/**")
                .authorizeHttpRequests(requests -> requests
                        .anyRequest().access((auth, context) -> new AuthorizationDecision(officers.isOfficer(auth.get()))))
                .securityContext(context -> context.securityContextRepository(sessionLogin))
                .exceptionHandling(e -> e
                        .authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/supervision/login"))
                        .accessDeniedHandler((request, response, denied) -> response.sendError(HttpStatus.FORBIDDEN.value())))
                .headers(headers -> headers
                        .frameOptions(frame -> frame.sameOrigin())
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY)));
        return http.build();
    }
}
