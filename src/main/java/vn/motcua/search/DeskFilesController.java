package vn.motcua.search;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.motcua.security.TasklistSession;

/**
 * The files the officer received last, for Tasklist's own scripts: read with the Tasklist session
 * ({@link TasklistSession}), since a script there has no Basic credentials to send.
 */
@RestController
class DeskFilesController {

    private final TasklistSession session;
    private final LatestReceipts receipts;

    DeskFilesController(TasklistSession session, LatestReceipts receipts) {
        this.session = session;
        this.receipts = receipts;
    }

    @GetMapping("/desk/files/latest-received")
    List<LatestReceipt> latestReceived(HttpServletRequest request) {
        return receipts.of(session.officer(request).getName());
    }
}
