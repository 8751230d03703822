package vn.motcua.security;

import org.springframework.boot.actuate.autoconfigure.security.servlet.EndpointRequest;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.actuate.info.InfoEndpoint;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;

import vn.motcua.organisation.Role;
import vn.motcua.system.ApiError;

/**
 * Three chains. The project's API ({@code /api/**}) is stateless HTTP Basic against the
 * engine's users, except the public calendar. The actuator's health and info are public; its
 * metrics are for operators (administrators and supervisors), with the same HTTP Basic login.
 * Everything else belongs to Camunda's webapps and REST API, which authenticate (and protect
 * against CSRF) by themselves.
 */
@Configuration
@EnableMethodSecurity
class SecurityConfig {

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, OfficerAuthenticationProvider officers) throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/api/calendar/**").permitAll()
                        .requestMatchers("/api/public/**").permitAll()
                        // agencies sign their answers; PartnerCallbackController checks the signature
                        .requestMatchers("/api/partners/*/callbacks").permitAll()
                        // the portal's file pushes and the 1022 hotline's complaints are signed the same way
                        .requestMatchers("/api/partners/portal/files", "/api/partners/hotline/complaints").permitAll()
                        .anyRequest().authenticated())
                .authenticationProvider(officers)
                .httpBasic(basic -> basic.authenticationEntryPoint(unauthorized()))
                .exceptionHandling(e -> e.authenticationEntryPoint(unauthorized()).accessDeniedHandler(forbidden()))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    /** Metrics name units, agencies and backlogs: enough to plan an attack, so not public. */
    @Bean
    @Order(2)
    SecurityFilterChain operatorChain(HttpSecurity http, OfficerAuthenticationProvider officers) throws Exception {
        http.securityMatcher(EndpointRequest.toAnyEndpoint())
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(EndpointRequest.to(HealthEndpoint.class, InfoEndpoint.class)).permitAll()
                        .anyRequest().hasAnyAuthority(OPERATORS))
                .authenticationProvider(officers)
                .httpBasic(basic -> basic.authenticationEntryPoint(unauthorized()))
                .exceptionHandling(e -> e.authenticationEntryPoint(unauthorized()).accessDeniedHandler(forbidden()))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    /**
     * Who reads the metrics and the health details: the engine's administrators, the supervisors, and
     * the metrics-only accounts of the monitoring group (a scraper needs no file).
     */
    static final String[] OPERATORS = {Officers.GROUP_PREFIX + Role.ADMIN.groupId(),
            Officers.GROUP_PREFIX + Role.SUPERVISOR.groupId(), Officers.GROUP_PREFIX + Role.MONITORING.groupId()};

    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    SecurityFilterChain camundaChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                // Camunda's HeaderSecurityFilter sets CSP, HSTS and friends for its webapps.
                .headers(headers -> headers.disable());
        return http.build();
    }

    private static AuthenticationEntryPoint unauthorized() {
        return (request, response, e) -> {
            response.setHeader("WWW-Authenticate", "Basic realm=\"motcua\", charset=\"UTF-8\"");
            ApiError.of(HttpStatus.UNAUTHORIZED, ApiError.LOGIN_NEEDED).writeTo(response);
        };
    }

    private static AccessDeniedHandler forbidden() {
        return (request, response, e) -> ApiError.of(HttpStatus.FORBIDDEN, ApiError.NOT_ALLOWED).writeTo(response);
    }
}
