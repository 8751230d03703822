package vn.motcua.publicpage;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The citizens' pages: open to anyone, no session (a citizen has no login, and the officers' session
 * stays out of it), CSRF on every form through a cookie of their own, and a policy that runs only
 * the pages' own script. The secret never travels in an address: the receipt's QR code puts it in the
 * fragment, which the browser keeps to itself, and the forms post it.
 */
@Configuration
class PublicPagesSecurity {

    /** Own styles and one own script; no inline code, no framing, forms post to this site only. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
            + "img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'";
    static final String CSRF_COOKIE = "MOTCUA-PUBLIC-CSRF";

    @Bean
    @Order(0)
    SecurityFilterChain publicPagesChain(HttpSecurity http) throws Exception {
        CookieCsrfTokenRepository csrfCookie = new CookieCsrfTokenRepository(); // HttpOnly: only the forms carry it
        csrfCookie.setCookieName(CSRF_COOKIE);
        csrfCookie.setCookiePath("/");
        csrfCookie.setCookieCustomizer(cookie -> cookie.sameSite("Strict"));
        http.securityMatcher("/", "/tra-cuu", "/tra-cuu/**", "/thu-tuc", "/thu-tuc/**", "/danh-gia", "/danh-gia/**",
                        "/public/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.csrfTokenRepository(csrfCookie))
                // a form without its token (opened too long ago, or a browser that refuses the cookie): the form
                // again with a word of why, not an officer's error page; nothing of the post is read
                .exceptionHandling(e -> e.accessDeniedHandler((request, response, denied) ->
                        response.sendRedirect(request.getContextPath() + "/tra-cuu?" + LookupPageController.STALE_FORM)))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .frameOptions(frame -> frame.deny())
                        // the lookup page's address may carry a file code: no other site learns it
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER)));
        return http.build();
    }
}
