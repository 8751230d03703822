package vn.motcua.letter;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.motcua.system.ApiError;
import vn.motcua.system.InvalidRequestException;
import vn.motcua.system.Messages;

/**
 * Citizens read their own file's letters without an account: the full file code plus the lookup
 * secret from the receipt, sent in the {@code X-Lookup-Secret} header (GET) or in a POST body (a
 * form's {@code secret=…} or JSON {@code {"secret": …}}), never in the address, which logs, proxies
 * and browser history keep. A missing or wrong secret is a 404 that does not say whether the code
 * exists; a client that keeps guessing waits ({@link LookupThrottle}). The process control sheet
 * is internal and not listed.
 */
@RestController
@RequestMapping("/api/public/dossiers/{code}/letters")
class PublicLetterController {

    static final String SECRET_HEADER = "X-Lookup-Secret";
    private static final String FORM = MediaType.APPLICATION_FORM_URLENCODED_VALUE;
    private static final String JSON = MediaType.APPLICATION_JSON_VALUE;

    /** A lookup posted as JSON. */
    record Lookup(String secret, String format) {
    }

    private final LetterReader letters;

    PublicLetterController(LetterReader letters) {
        this.letters = letters;
    }

    /** Runs before every lookup: a secret in the address is refused, even beside a header. */
    @ModelAttribute
    void secretNotInTheAddress(HttpServletRequest request) {
        if (SecretInAddress.in(request.getQueryString())) {
            throw new InvalidRequestException("secret", Messages.text("letter.lookup.secretInAddress", SECRET_HEADER));
        }
    }

    @GetMapping
    List<LetterReader.LetterView> list(@PathVariable String code,
            @RequestHeader(value = SECRET_HEADER, required = false) String secret, HttpServletRequest request) {
        return letters.forCitizen(code, secret, client(request));
    }

    @PostMapping(consumes = FORM)
    List<LetterReader.LetterView> listFromForm(@PathVariable String code, @RequestParam(required = false) String secret,
            HttpServletRequest request) {
        return letters.forCitizen(code, secret, client(request));
    }

    @PostMapping(consumes = JSON)
    List<LetterReader.LetterView> listFromJson(@PathVariable String code, @RequestBody(required = false) Lookup lookup,
            HttpServletRequest request) {
        return letters.forCitizen(code, lookup == null ? null : lookup.secret(), client(request));
    }

    @GetMapping("/{id}")
    ResponseEntity<byte[]> letter(@PathVariable String code, @PathVariable long id,
            @RequestHeader(value = SECRET_HEADER, required = false) String secret,
            @RequestParam(required = false) String format, HttpServletRequest request) {
        return letters.citizenLetter(code, id, secret, format, client(request));
    }

    @PostMapping(path = "/{id}", consumes = FORM)
    ResponseEntity<byte[]> letterFromForm(@PathVariable String code, @PathVariable long id,
            @RequestParam(required = false) String secret, @RequestParam(required = false) String format,
            HttpServletRequest request) {
        return letters.citizenLetter(code, id, secret, format, client(request));
    }

    @PostMapping(path = "/{id}", consumes = JSON)
    ResponseEntity<byte[]> letterFromJson(@PathVariable String code, @PathVariable long id,
            @RequestBody(required = false) Lookup lookup, HttpServletRequest request) {
        return letters.citizenLetter(code, id, lookup == null ? null : lookup.secret(),
                lookup == null ? null : lookup.format(), client(request));
    }

    @ExceptionHandler(LookupThrottle.Held.class)
    ResponseEntity<ApiError> held(LookupThrottle.Held e) {
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(e.seconds())).contentType(ApiError.MEDIA_TYPE)
                .body(ApiError.of(429, "Too Many Requests",
                        Messages.text("letter.lookup.tooManyAttempts", e.seconds())));
    }

    private static String client(HttpServletRequest request) {
        return LookupThrottle.clientOf(request.getRemoteAddr());
    }
}
