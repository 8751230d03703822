package vn.motcua.search;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.motcua.security.Officers;

/** The register over the files API (HTTP Basic): search, and the files the caller received last. */
@RestController
@RequestMapping("/api/files")
@PreAuthorize("@officers.isOfficer(authentication)")
class FileSearchController {

    /** The files found, at most {@code limit}, newest first: more means the query should be narrower. */
    record Found(String query, String status, int limit, List<FileSearchRow> files) {
    }

    private final FileSearch search;
    private final LatestReceipts receipts;

    FileSearchController(FileSearch search, LatestReceipts receipts) {
        this.search = search;
        this.receipts = receipts;
    }

    @GetMapping("/search")
    Found search(@RequestParam(required = false) String q, @RequestParam(required = false) String status,
            Authentication caller) {
        List<FileSearchRow> files = search.search(q, status, new ReadableFiles(Officers.groupsOf(caller)));
        return new Found(q, status, FileSearch.MOST_ROWS, files);
    }

    @GetMapping("/latest-received")
    List<LatestReceipt> latestReceived(Authentication caller) {
        return receipts.of(caller.getName());
    }
}
