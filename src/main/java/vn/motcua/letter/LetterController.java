package vn.motcua.letter;

import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Officers read every letter of a file: the list, then each as PDF (default) or HTML. */
@RestController
@RequestMapping("/api/dossiers/{code}/letters")
@PreAuthorize("@officers.isOfficer(authentication)")
class LetterController {

    private final LetterReader letters;

    LetterController(LetterReader letters) {
        this.letters = letters;
    }

    @GetMapping
    List<LetterReader.LetterView> list(@PathVariable String code) {
        return letters.forOfficer(code);
    }

    @GetMapping("/{id}")
    ResponseEntity<byte[]> letter(@PathVariable String code, @PathVariable long id,
            @RequestParam(required = false) String format) {
        return letters.officerLetter(code, id, format);
    }
}
