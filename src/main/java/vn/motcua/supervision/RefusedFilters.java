package vn.motcua.supervision;

import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** A filter value the pages do not offer: a page, not JSON, since the refusal reaches a supervisor who followed a link. */
@ControllerAdvice(assignableTypes = {SupervisionController.class, ProvinceController.class})
class RefusedFilters {

    @ExceptionHandler(FilterValues.Unknown.class)
    ModelAndView unknownFilter(FilterValues.Unknown e) {
        return new ModelAndView("supervision/refused", Map.of("message", e.getMessage()), HttpStatus.BAD_REQUEST);
    }
}
