package vn.motcua.search;

import java.util.List;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The files the officer received last, for Tasklist's own scripts: read with the officers' web
 * login (the one sign-on of Tasklist and the file pages), since a script there has no Basic
 * credentials to send.
 */
@RestController
class DeskFilesController {

    private final LatestReceipts receipts;

    DeskFilesController(LatestReceipts receipts) {
        this.receipts = receipts;
    }

    @GetMapping("/desk/files/latest-received")
    List<LatestReceipt> latestReceived(Authentication officer) {
        return receipts.of(officer.getName());
    }
}
