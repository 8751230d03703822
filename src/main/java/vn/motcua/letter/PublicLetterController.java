package vn.motcua.letter;

import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Citizens read their own file's letters without an account: the full file code plus the lookup
 * secret from the receipt. A missing or wrong secret is a 404 that does not say whether the code
 * exists. The process control sheet is internal and not listed.
 */
@RestController
@RequestMapping("/api/public/dossiers/{code}/letters")
class PublicLetterController {

    private final LetterReader letters;

    PublicLetterController(LetterReader letters) {
        this.letters = letters;
    }

    @GetMapping
    List<LetterReader.LetterView> list(@PathVariable String code, @RequestParam(required = false) String secret) {
        return letters.forCitizen(code, secret);
    }

    @GetMapping("/{id}")
    ResponseEntity<byte[]> letter(@PathVariable String code, @PathVariable long id,
            @RequestParam(required = false) String secret, @RequestParam(required = false) String format) {
        return letters.citizenLetter(code, id, secret, format);
    }
}
