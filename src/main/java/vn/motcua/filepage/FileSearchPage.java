package vn.motcua.filepage;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

import vn.motcua.dossier.DossierStatus;
import vn.motcua.search.FileSearch;
import vn.motcua.search.FileSearchRow;
import vn.motcua.search.ReadableFiles;
import vn.motcua.security.Officers;
import vn.motcua.system.InvalidRequestException;

/**
 * "Tìm hồ sơ": the register searched by code or its tail, applicant (with or without diacritics),
 * citizen ID or parcel, among the files the officer may read ({@link FileSearch}); each result
 * opens its file page. A query the search cannot take is said in words on the same page.
 */
@Controller
class FileSearchPage {

    private final FileSearch search;

    FileSearchPage(FileSearch search) {
        this.search = search;
    }

    @GetMapping("/files")
    ModelAndView search(@RequestParam(required = false) String q, @RequestParam(required = false) String status,
            Authentication caller, Model model) {
        model.addAttribute("officer", caller.getName());
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("status", status == null ? "" : status);
        model.addAttribute("statuses", List.of(DossierStatus.values()));
        model.addAttribute("most", FileSearch.MOST_ROWS);
        if (q == null || q.isBlank()) {
            return new ModelAndView("files/search", model.asMap());
        }
        try {
            List<FileSearchRow> found = search.search(q, status, new ReadableFiles(Officers.groupsOf(caller)));
            model.addAttribute("found", found);
            return new ModelAndView("files/search", model.asMap());
        } catch (InvalidRequestException e) {
            model.addAttribute("problem", e.getMessage());
            return new ModelAndView("files/search", model.asMap(), HttpStatus.BAD_REQUEST);
        }
    }
}
