package vn.motcua.publicpage;

import java.util.HashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

import vn.motcua.dossier.Dossier;
import vn.motcua.letter.LetterReader;
import vn.motcua.letter.LookupThrottle;
import vn.motcua.letter.SecretInAddress;
import vn.motcua.system.InvalidRequestException;
import vn.motcua.system.Messages;

/**
 * The applicant's proof on the public pages: the file code and the receipt's secret, checked and
 * throttled exactly as the public letters API does ({@link LetterReader#citizenFile}), and the pages
 * that answer a miss, a wait or a secret sent in the address.
 */
@Component
class CitizenProof {

    /** Longest code kept to show back in the form; a real one is 25 characters. */
    private static final int CODE_SHOWN = 40;

    private final LetterReader letters;
    private final PublicPagesProperties settings;

    CitizenProof(LetterReader letters, PublicPagesProperties settings) {
        this.letters = letters;
        this.settings = settings;
    }

    /**
     * @throws InvalidRequestException      the secret came in the address
     * @throws LookupThrottle.Held          the client waits after its misses
     * @throws vn.motcua.system.NotFoundException a wrong code or secret, the same for both
     */
    Dossier file(String code, String secret, HttpServletRequest request) {
        if (SecretInAddress.in(request.getQueryString())) {
            throw new InvalidRequestException("secret", Messages.text("publicpage.lookup.secretInAddress"));
        }
        return letters.citizenFile(code == null ? "" : code.strip(), secret, LookupThrottle.clientOf(request.getRemoteAddr()));
    }

    /** The lookup form again, with the typed code (never the secret) and why. */
    ModelAndView form(HttpStatus status, String code, String problem) {
        Map<String, Object> model = new HashMap<>();
        model.put("code", shown(code));
        model.put("problem", problem);
        model.put("hotline", settings.hotline());
        return new ModelAndView("public/lookup", model, status);
    }

    ModelAndView notFound(String code) {
        return form(HttpStatus.NOT_FOUND, code, LetterReader.CITIZEN_NOT_FOUND);
    }

    ModelAndView held(String code, LookupThrottle.Held held, HttpServletResponse response) {
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(held.seconds()));
        return form(HttpStatus.TOO_MANY_REQUESTS, code, Messages.text("publicpage.lookup.held", held.seconds()));
    }

    static String shown(String code) {
        if (code == null) {
            return "";
        }
        String trimmed = code.strip();
        return trimmed.length() > CODE_SHOWN ? trimmed.substring(0, CODE_SHOWN) : trimmed;
    }
}
