package vn.motcua.letter;

import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.motcua.dossier.FileReaders;

/** Officers who may read a file ({@link FileReaders}) read its letters: the list, then each as PDF (default) or HTML. */
@RestController
@RequestMapping("/api/dossiers/{code}/letters")
@PreAuthorize("@officers.isOfficer(authentication)")
class LetterController {

    private final LetterReader letters;
    private final FileReaders readers;

    LetterController(LetterReader letters, FileReaders readers) {
        this.letters = letters;
        this.readers = readers;
    }

    @GetMapping
    List<LetterReader.LetterView> list(@PathVariable String code, Authentication caller) {
        readers.readable(code, caller);
        return letters.forOfficer(code);
    }

    @GetMapping("/{id}")
    ResponseEntity<byte[]> letter(@PathVariable String code, @PathVariable long id,
            @RequestParam(required = false) String format, Authentication caller) {
        readers.readable(code, caller);
        return letters.officerLetter(code, id, format);
    }
}
