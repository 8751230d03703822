package vn.motcua.publicpage;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

import vn.motcua.letter.LookupThrottle;
import vn.motcua.system.InvalidRequestException;
import vn.motcua.system.NotFoundException;

/**
 * A page that asks for the receipt's proof (lookup, rating): a wrong proof, a held client and a secret
 * in the address all bring the lookup form back, wrong code and wrong secret alike.
 */
abstract class CitizenProofPage {

    protected final CitizenProof proof;

    protected CitizenProofPage(CitizenProof proof) {
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
