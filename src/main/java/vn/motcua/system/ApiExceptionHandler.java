package vn.motcua.system;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Turns failures of the project's API into short JSON answers without stack traces.
 * Scoped to our own controllers: Camunda's REST API keeps its own error format.
 */
@RestControllerAdvice(basePackages = "vn.motcua")
public class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(InvalidRequestException.class)
    ResponseEntity<ApiError> invalid(InvalidRequestException e) {
        String message = e.problems().size() == 1 ? e.getMessage()
                : "Dữ liệu gửi lên chưa hợp lệ, xin sửa các trường được nêu.";
        return badRequest(message, e.problems());
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ApiError> notValid(MethodArgumentNotValidException e) {
        List<ApiError.FieldProblem> problems = e.getBindingResult().getFieldErrors().stream()
                .map(f -> new ApiError.FieldProblem(f.getField(), f.getDefaultMessage()))
                .toList();
        return badRequest("Dữ liệu gửi lên chưa hợp lệ, xin kiểm tra các trường được nêu.", problems);
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ApiError> missingParameter(MissingServletRequestParameterException e) {
        String message = "Thiếu tham số bắt buộc '" + e.getParameterName() + "'.";
        return badRequest(message, List.of(new ApiError.FieldProblem(e.getParameterName(), message)));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ApiError> typeMismatch(MethodArgumentTypeMismatchException e) {
        String message = "Giá trị của tham số '" + e.getName() + "' không đúng định dạng.";
        return badRequest(message, List.of(new ApiError.FieldProblem(e.getName(), message)));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ApiError> unreadable(HttpMessageNotReadableException e) {
        return badRequest("Nội dung yêu cầu không đọc được: cần JSON hợp lệ theo mẫu của API.", List.of());
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ApiError> mediaType(HttpMediaTypeNotSupportedException e) {
        return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE).body(ApiError.of(415,
                "Unsupported Media Type", "Chỉ nhận nội dung dạng application/json."));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ApiError> method(HttpRequestMethodNotSupportedException e) {
        return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED).body(ApiError.of(405,
                "Method Not Allowed", "Phương thức " + e.getMethod() + " không được hỗ trợ tại địa chỉ này."));
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ApiError> notFound(NoResourceFoundException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(ApiError.of(404, "Not Found",
                "Không tìm thấy địa chỉ được yêu cầu."));
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ApiError> notFound(NotFoundException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(ApiError.of(404, "Not Found", e.getMessage()));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ApiError> forbidden(AccessDeniedException e) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(ApiError.of(403, "Forbidden",
                ApiError.NOT_ALLOWED));
    }

    @ExceptionHandler(ForbiddenException.class)
    ResponseEntity<ApiError> forbidden(ForbiddenException e) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(ApiError.of(403, "Forbidden", e.getMessage()));
    }

    @ExceptionHandler(ConflictException.class)
    ResponseEntity<ApiError> conflict(ConflictException e) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(ApiError.of(409, "Conflict", e.getMessage()));
    }

    /** Two requests changed the same file at once (two withdrawals racing): the loser is told to look again. */
    @ExceptionHandler({org.camunda.bpm.engine.OptimisticLockingException.class,
            org.springframework.dao.ConcurrencyFailureException.class})
    ResponseEntity<ApiError> raced(RuntimeException e) {
        log.info("Concurrent change refused: {}", e.getMessage());
        return ResponseEntity.status(HttpStatus.CONFLICT).body(ApiError.of(409, "Conflict",
                "Hồ sơ vừa được thay đổi bởi một yêu cầu khác cùng lúc; xin tải lại thông tin hồ sơ rồi thử lại."));
    }

    @ExceptionHandler(GoneException.class)
    ResponseEntity<ApiError> gone(GoneException e) {
        return ResponseEntity.status(HttpStatus.GONE).body(ApiError.of(410, "Gone", e.getMessage()));
    }

    @ExceptionHandler(UnauthorizedException.class)
    ResponseEntity<ApiError> unauthorized(UnauthorizedException e) {
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(ApiError.of(401, "Unauthorized", e.getMessage()));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ApiError> unexpected(Exception e) {
        log.error("Unexpected error in API call", e);
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).body(ApiError.of(500,
                "Internal Server Error", "Hệ thống gặp lỗi ngoài dự kiến; xin thử lại sau hoặc báo quản trị viên."));
    }

    private static ResponseEntity<ApiError> badRequest(String message, List<ApiError.FieldProblem> problems) {
        return ResponseEntity.badRequest().body(new ApiError(400, "Bad Request", message, problems));
    }
}
