package vn.motcua.filepage;

import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

import vn.motcua.letter.LetterReader;
import vn.motcua.dossier.FileReaders;
import vn.motcua.system.ForbiddenException;
import vn.motcua.system.Messages;
import vn.motcua.system.NotFoundException;

/**
 * The file page and its letters, for the officers who may read the file ({@link FileReaders}, as the
 * files API). Refusals are Vietnamese pages, not the API's JSON: an officer opened them in a browser.
 */
@Controller
@RequestMapping("/files")
class FilePageController {

    private final FileReaders readers;
    private final FilePages pages;
    private final LetterReader letters;

    FilePageController(FileReaders readers, FilePages pages, LetterReader letters) {
        this.readers = readers;
        this.pages = pages;
        this.letters = letters;
    }

    @GetMapping("/{code}")
    String page(@PathVariable String code, Authentication caller, Model model) {
        model.addAttribute("f", pages.of(readers.readable(code, caller)));
        model.addAttribute("officer", caller.getName());
        return "files/file";
    }

    /** "In" opens the PDF in the browser (printed from there); "Tải về" saves it. */
    @GetMapping("/{code}/letters/{id}")
    ResponseEntity<byte[]> letter(@PathVariable String code, @PathVariable long id,
            @RequestParam(defaultValue = "false") boolean download, Authentication caller) {
        readers.readable(code, caller);
        return download ? letters.officerDownload(code, id) : letters.officerLetter(code, id, "pdf");
    }

    @ExceptionHandler(ForbiddenException.class)
    ModelAndView forbidden(ForbiddenException e) {
        return problem(HttpStatus.FORBIDDEN, Messages.text("filepage.forbidden.title"), e.getMessage());
    }

    @ExceptionHandler(NotFoundException.class)
    ModelAndView notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, Messages.text("filepage.notFound.title"),
                Messages.text("filepage.notFound.explanation", e.getMessage()));
    }

    /** The application's Vietnamese error page (templates/error.html), with the reason for this file. */
    private static ModelAndView problem(HttpStatus status, String title, String explanation) {
        return new ModelAndView("error", Map.of("status", status.value(), "title", title, "explanation", explanation,
                "tasklistUrl", "/camunda/app/tasklist/"), status);
    }
}
