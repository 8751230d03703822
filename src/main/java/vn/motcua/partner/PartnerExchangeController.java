package vn.motcua.partner;

import java.time.Instant;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import vn.motcua.dossier.FileReaders;
import vn.motcua.system.TimeSource;

/** Which agency held a file, for how long, and what it answered: {@code GET /api/dossiers/{code}/partner-exchanges}. */
@RestController
class PartnerExchangeController {

    record ExchangeView(String agency, String agencyName, String operation, String operationName, String step,
            String status, Instant sentAt, Instant dueAt, Instant answeredAt, String outcome, String agencyReference,
            int reminders, Instant reportedToLeadersAt, long heldMinutes) {
    }

    private final FileReaders readers;
    private final PartnerExchanges exchanges;
    private final TimeSource clock;

    PartnerExchangeController(FileReaders readers, PartnerExchanges exchanges, TimeSource clock) {
        this.readers = readers;
        this.exchanges = exchanges;
        this.clock = clock;
    }

    @GetMapping("/api/dossiers/{code}/partner-exchanges")
    @PreAuthorize("@officers.isOfficer(authentication)")
    List<ExchangeView> of(@PathVariable String code, Authentication caller) {
        Instant now = clock.now();
        long dossierId = readers.readable(code, caller).id();
        return exchanges.ofDossier(dossierId).stream().map(e -> new ExchangeView(e.agency().id(), e.agency().displayName(),
                e.operation().name(), e.operation().displayName(), e.stepKey(), e.status().name(), e.sentAt(),
                e.dueAt(), e.answeredAt(), e.outcome(), e.agencyReference(), e.reminderCount(), e.reportedAt(),
                e.heldFor(now).toMinutes())).toList();
    }
}
