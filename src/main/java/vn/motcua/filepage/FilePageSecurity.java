package vn.motcua.filepage;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.AntPathRequestMatcher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;

import vn.motcua.security.Officers;
import vn.motcua.security.WebappSessionLogin;

/**
 * The file page is a browser page for every officer: the login of Tasklist, Cockpit or the dashboard
 * ({@link WebappSessionLogin}); without one, the dashboard's login form, which comes back here.
 * Tasklist's own scripts read {@code /desk/**} with the same login; without one they get a 401.
 */
@Configuration
class FilePageSecurity {

    /** The login form shared with the dashboard. */
    static final String LOGIN = "/supervision/login";
    /**
     * As the dashboard's policy, except that Tasklist's "Hồ sơ" tab may show the page in a frame of the
     * same origin, and the page prints a letter through a frame of its own.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; frame-src 'self'; form-action 'self'; "
            + "frame-ancestors 'self'; base-uri 'none'; object-src 'none'";

    @Bean
    @Order(0)
    SecurityFilterChain filePageChain(HttpSecurity http, WebappSessionLogin sessionLogin, Officers officers)
            throws Exception {
        http.securityMatcher("/files/**", "/desk/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/files/assets/**").permitAll()
                        .anyRequest().access((auth, context) -> new AuthorizationDecision(officers.isOfficer(auth.get()))))
                .securityContext(context -> context.securityContextRepository(sessionLogin))
                .exceptionHandling(e -> e
                        .defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED),
                                new AntPathRequestMatcher("/desk/**"))
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint(LOGIN),
                                AnyRequestMatcher.INSTANCE)
                        // logged in, but no officer (an analyst): the Vietnamese error page
                        .accessDeniedHandler((request, response, denied) -> response.sendError(HttpStatus.FORBIDDEN.value())))
                .headers(headers -> headers
                        .frameOptions(frame -> frame.sameOrigin())
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY)));
        return http.build();
    }
}
