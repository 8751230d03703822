package vn.motcua.engine.system;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import vn.motcua.system.ApiError;
import vn.motcua.system.ApiExceptionHandler;

/**
 * The engine refuses the second of two changes to the same instance at once; for the API's caller that is
 * the same 409 as any other concurrent change, so the feature code never needs to know the engine's kind.
 */
@RestControllerAdvice(basePackages = "vn.motcua")
@Order(Ordered.HIGHEST_PRECEDENCE)
class EngineConflicts {

    private final ApiExceptionHandler errors;

    EngineConflicts(ApiExceptionHandler errors) {
        this.errors = errors;
    }

    @ExceptionHandler(OptimisticLockingException.class)
    ResponseEntity<ApiError> raced(OptimisticLockingException e) {
        return errors.raced(e);
    }
}
