package vn.motcua.system;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.MDC;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Puts the file code of an API request about one file ({@code /api/dossiers/{code}/…},
 * {@code /api/public/dossiers/{code}/…}) into the log context, so its log lines carry the code as
 * the engine's do ({@code logging-context-business-key} in application.yaml). Only a value shaped
 * like a file code is taken: the address is the caller's text, and a log line must not be forged.
 */
@Component
public class FileCodeLogContext extends OncePerRequestFilter {

    /** The MDC key, also the engine's {@code logging-context-business-key}. */
    public static final String MDC_KEY = "fileCode";

    private static final Pattern FILE_PATH = Pattern.compile("^/api/(?:public/)?dossiers/([0-9A-Za-z.-]{1,60})(?:/.*)?$");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Matcher file = FILE_PATH.matcher(request.getRequestURI());
        if (!file.matches()) {
            chain.doFilter(request, response);
            return;
        }
        MDC.put(MDC_KEY, file.group(1));
        try {
            chain.doFilter(request, response);
        } finally {
            MDC.remove(MDC_KEY);
        }
    }
}
