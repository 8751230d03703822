package vn.motcua.system;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.dao.ConcurrencyFailureException;
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
                : Messages.text("system.api.fieldsToFix");
        return badRequest(message, e.problems());
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ApiError> notValid(MethodArgumentNotValidException e) {
        List<ApiError.FieldProblem> problems = e.getBindingResult().getFieldErrors().stream()
                .map(f -> new ApiError.FieldProblem(f.getField(), f.getDefaultMessage()))
                .toList();
        return badRequest(Messages.text("system.api.fieldsToCheck"), problems);
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ApiError> missingParameter(MissingServletRequestParameterException e) {
        String message = Messages.text("system.api.missingParameter", e.getParameterName());
        return badRequest(message, List.of(new ApiError.FieldProblem(e.getParameterName(), message)));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ApiError> typeMismatch(MethodArgumentTypeMismatchException e) {
        String message = Messages.text("system.api.malformedParameter", e.getName());
        return badRequest(message, List.of(new ApiError.FieldProblem(e.getName(), message)));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ApiError> unreadable(HttpMessageNotReadableException e) {
        return badRequest(Messages.text("system.api.unreadableBody"), List.of());
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ApiError> mediaType(HttpMediaTypeNotSupportedException e) {
        return ApiError.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE, Messages.text("system.api.jsonOnly")).answer();
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ApiError> method(HttpRequestMethodNotSupportedException e) {
        return ApiError.of(HttpStatus.METHOD_NOT_ALLOWED, Messages.text("system.api.methodNotHere", e.getMethod()))
                .answer();
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ApiError> notFound(NoResourceFoundException e) {
        return ApiError.of(HttpStatus.NOT_FOUND, Messages.text("system.api.noSuchAddress")).answer();
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ApiError> notFound(NotFoundException e) {
        return ApiError.of(HttpStatus.NOT_FOUND, e.getMessage()).answer();
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ApiError> forbidden(AccessDeniedException e) {
        return ApiError.of(HttpStatus.FORBIDDEN, ApiError.NOT_ALLOWED).answer();
    }

    @ExceptionHandler(ForbiddenException.class)
    ResponseEntity<ApiError> forbidden(ForbiddenException e) {
        return ApiError.of(HttpStatus.FORBIDDEN, e.getMessage()).answer();
    }

    @ExceptionHandler(ConflictException.class)
    ResponseEntity<ApiError> conflict(ConflictException e) {
        return ApiError.of(HttpStatus.CONFLICT, e.getMessage()).answer();
    }

    /**
     * Two requests changed the same file at once (two withdrawals racing): the loser is told to look again.
     * The engine's own kind of this failure is answered the same way by the engine adapter.
     */
    @ExceptionHandler(ConcurrencyFailureException.class)
    public ResponseEntity<ApiError> raced(RuntimeException e) {
        log.info("Concurrent change refused: {}", e.getMessage());
        return ApiError.of(HttpStatus.CONFLICT, Messages.text("system.api.raced")).answer();
    }

    @ExceptionHandler(GoneException.class)
    ResponseEntity<ApiError> gone(GoneException e) {
        return ApiError.of(HttpStatus.GONE, e.getMessage()).answer();
    }

    @ExceptionHandler(UnauthorizedException.class)
    ResponseEntity<ApiError> unauthorized(UnauthorizedException e) {
        return ApiError.of(HttpStatus.UNAUTHORIZED, e.getMessage()).answer();
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ApiError> unexpected(Exception e) {
        log.error("Unexpected error in API call", e);
        return ApiError.of(HttpStatus.INTERNAL_SERVER_ERROR, Messages.text("system.api.unexpected")).answer();
    }

    private static ResponseEntity<ApiError> badRequest(String message, List<ApiError.FieldProblem> problems) {
        return new ApiError(400, HttpStatus.BAD_REQUEST.getReasonPhrase(), message, problems).answer();
    }
}
