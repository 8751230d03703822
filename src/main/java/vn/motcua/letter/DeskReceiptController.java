package vn.motcua.letter;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.motcua.dossier.FileReaders;
import vn.motcua.system.Messages;
import vn.motcua.system.NotFoundException;

/**
 * The receipt (Giấy tiếp nhận hồ sơ và hẹn trả kết quả) opened from Tasklist right after reception,
 * with the officers' web login (Tasklist's) rather than HTTP Basic, so the desk prints without a password prompt.
 * The same officers read it as over {@code /api/dossiers/{code}/letters} ({@link FileReaders}).
 */
@RestController
class DeskReceiptController {

    private final FileReaders readers;
    private final LetterReader letters;

    DeskReceiptController(FileReaders readers, LetterReader letters) {
        this.readers = readers;
        this.letters = letters;
    }

    @GetMapping("/desk/files/{code}/receipt")
    ResponseEntity<byte[]> receipt(@PathVariable String code, @RequestParam(required = false) String format,
            Authentication officer) {
        readers.readable(code, officer);
        long id = letters.forOfficer(code).stream().filter(l -> LetterKind.RECEIPT.name().equals(l.kind()))
                .mapToLong(LetterReader.LetterView::id).max()
                .orElseThrow(() -> new NotFoundException(Messages.text("letter.read.noReceipt", code)));
        return letters.officerLetter(code, id, format);
    }
}
