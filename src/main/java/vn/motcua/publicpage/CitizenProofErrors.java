package vn.motcua.publicpage;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

import vn.motcua.letter.LookupThrottle;
import vn.motcua.system.InvalidRequestException;
import vn.motcua.system.NotFoundException;

/**
 * The pages that ask for the receipt's proof (lookup, rating) answer a wrong proof, a held client and a
 * secret in the address the same way: the lookup form again, wrong code and wrong secret alike. Before
 * the API's JSON handler, which would otherwise answer these pages.
 */
@ControllerAdvice(assignableTypes = {LookupPageController.class, RatingPageController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class CitizenProofErrors {

    private final CitizenProof proof;

    CitizenProofErrors(CitizenProof proof) {
        this.proof = proof;
    }

    @ExceptionHandler(NotFoundException.class)
    ModelAndView notFound(HttpServletRequest request) {
        return proof.notFound(request.getParameter("code"));
    }

    @ExceptionHandler(LookupThrottle.Held.class)
    ModelAndView held(LookupThrottle.Held held, HttpServletRequest request, HttpServletResponse response) {
        return proof.held(request.getParameter("code"), held, response);
    }

    @ExceptionHandler(InvalidRequestException.class)
    ModelAndView secretInAddress(InvalidRequestException e, HttpServletRequest request) {
        return proof.form(HttpStatus.BAD_REQUEST, request.getParameter("code"), e.getMessage());
    }
}
