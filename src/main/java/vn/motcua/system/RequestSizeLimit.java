package vn.motcua.system;

import java.io.IOException;
import java.io.InputStream;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses oversized bodies on every path before anything reads them, whether the client declares
 * the size or sends chunks: at most the limit plus one byte is read, and a body within the limit
 * is kept in memory for whoever reads it next. Form posts are left to the container, which parses
 * them itself and stops at {@code server.tomcat.max-http-form-post-size}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestSizeLimit extends OncePerRequestFilter {

    static final int MAX_BODY_BYTES = 64 * 1024;
    /** A diagram with its forms from Camunda Modeler, or a scanned page attached to a task. */
    static final int MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        int limit = limitFor(request.getRequestURI());
        long declared = request.getContentLengthLong();
        if (declared > limit) {
            refuse(response, limit);
            return;
        }
        boolean chunked = "chunked".equalsIgnoreCase(request.getHeader("Transfer-Encoding"));
        if ((declared <= 0 && !chunked) || isForm(request)) {
            chain.doFilter(request, response);
            return;
        }
        byte[] body = readAtMost(request.getInputStream(), limit + 1);
        if (body.length > limit) {
            refuse(response, limit);
            return;
        }
        chain.doFilter(new CachedBodyRequest(request, body), response);
    }

    static int limitFor(String uri) {
        return uri.endsWith("/deployment/create") || uri.matches(".*/task/[^/]+/attachment/create")
                ? MAX_UPLOAD_BYTES : MAX_BODY_BYTES;
    }

    private static boolean isForm(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("application/x-www-form-urlencoded");
    }

    private static byte[] readAtMost(InputStream in, int max) throws IOException {
        return in.readNBytes(max);
    }

    private static void refuse(HttpServletResponse response, int limit) throws IOException {
        response.setStatus(413);
        // Answered before the security chain, which would otherwise add this header.
        response.setHeader("X-Content-Type-Options", "nosniff");
        // The rest of the body is not read: the connection is not reused.
        response.setHeader("Connection", "close");
        String size = limit >= 1024 * 1024 ? limit / (1024 * 1024) + " MB" : limit / 1024 + " KB";
        ApiError.of(HttpStatus.PAYLOAD_TOO_LARGE, Messages.text("system.api.tooLarge", size)).writeTo(response);
    }
}
