package vn.motcua.security;

import java.nio.charset.StandardCharsets;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * Two chains. The project's API ({@code /api/**}) is stateless HTTP Basic against the
 * engine's users, except the public calendar. Everything else belongs to Camunda's webapps
 * and REST API, which authenticate (and protect against CSRF) by themselves.
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
                        .anyRequest().authenticated())
                .authenticationProvider(officers)
                .httpBasic(basic -> basic.authenticationEntryPoint(unauthorized()))
                .exceptionHandling(e -> e.authenticationEntryPoint(unauthorized()).accessDeniedHandler(forbidden()))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    @Bean
    @Order(2)
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
            writeJson(response, HttpStatus.UNAUTHORIZED,
                    "Cần đăng nhập: gửi tài khoản cán bộ theo HTTP Basic.");
        };
    }

    private static AccessDeniedHandler forbidden() {
        return (request, response, e) -> writeJson(response, HttpStatus.FORBIDDEN,
                "Tài khoản này không có quyền thực hiện thao tác được yêu cầu.");
    }

    private static void writeJson(jakarta.servlet.http.HttpServletResponse response, HttpStatus status,
            String message) throws java.io.IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        String body = "{\"status\":" + status.value() + ",\"error\":\"" + status.getReasonPhrase()
                + "\",\"message\":\"" + message + "\",\"problems\":[]}";
        response.getWriter().write(body);
    }
}
