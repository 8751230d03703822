package vn.motcua.simulator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import com.fasterxml.jackson.databind.ObjectMapper;

import vn.motcua.security.LocalCallers;
import vn.motcua.system.ApiError;

/**
 * The simulator stands in for the agencies of this node only: what it was asked lists every
 * exchange key, and its endpoints act on them. Callers from another machine get 403.
 */
@Component
@ConditionalOnProperty(name = "motcua.simulator.enabled", havingValue = "true")
class LoopbackOnly implements WebMvcConfigurer, HandlerInterceptor {

    static final String REFUSED = "Bộ giả lập cơ quan phối hợp chỉ nhận yêu cầu từ chính máy chủ này.";

    private final ObjectMapper json;

    LoopbackOnly(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/simulator", "/simulator/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) throws IOException {
        if (LocalCallers.isLocal(request)) {
            return true;
        }
        // Written here rather than thrown: a path no controller maps has no advice to answer it.
        response.setStatus(HttpStatus.FORBIDDEN.value());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        json.writeValue(response.getOutputStream(), new ApiError(403, "Forbidden", REFUSED, List.of()));
        return false;
    }
}
