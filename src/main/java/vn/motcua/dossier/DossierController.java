package vn.motcua.dossier;

import java.net.URI;
import java.util.function.Function;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.motcua.dossier.FileReaders;
import vn.motcua.system.Printable;

/**
 * Files over HTTP: the portal or the desk's software submits a complete file and gets the
 * code and the appointment date; officers read a file's status, due-date history and
 * control sheet (if it passed through their unit: {@link FileReaders}); the desk records an
 * applicant's withdrawal.
 */
@RestController
@RequestMapping("/api/dossiers")
class DossierController {

    private final DossierService dossiers;
    private final ReceptionValidator validator;
    private final DossierViews views;
    private final FileReaders readers;
    private final OnceOnlyReception once;

    DossierController(DossierService dossiers, ReceptionValidator validator, DossierViews views, FileReaders readers,
            OnceOnlyReception once) {
        this.once = once;
        this.dossiers = dossiers;
        this.validator = validator;
        this.views = views;
        this.readers = readers;
    }

    /** Two submissions with the same clientRequestId create one file: the second gets the first's answer. */
    @PostMapping
    @PreAuthorize("@officers.atDesk(authentication)")
    ResponseEntity<DossierViews.Receipt> receive(@RequestBody ReceptionRequest request, Authentication caller) {
        return receiveOnce(validator.validate(request), file -> dossiers.receive(file, caller.getName()));
    }

    /**
     * A file filed online, handed over by the portal: registered and acknowledged, then checked by the
     * desk within 08 working hours (Decree 118/2025 Art 17(2)). The answer has the code and no
     * appointment yet; the appointment comes with the desk's acceptance.
     */
    @PostMapping("/online")
    @PreAuthorize("@officers.atDesk(authentication)")
    ResponseEntity<DossierViews.Receipt> receiveOnline(@RequestBody ReceptionRequest request, Authentication caller) {
        return receiveOnce(validator.validate(request), file -> dossiers.receiveOnline(file, caller.getName()));
    }

    /** 201 for a new file; 200 with the first answer when the same clientRequestId came before (or at once). */
    private ResponseEntity<DossierViews.Receipt> receiveOnce(ReceivedFile file, Function<ReceivedFile, Dossier> receive) {
        OnceOnlyReception.Outcome outcome = once.receive(file, receive);
        if (!outcome.created()) {
            return ResponseEntity.ok(views.receipt(outcome.dossier()));
        }
        return ResponseEntity.created(URI.create("/api/dossiers/" + outcome.dossier().code())).body(views.receipt(outcome.dossier()));
    }

    @GetMapping("/{code}")
    @PreAuthorize("@officers.isOfficer(authentication)")
    DossierViews.Detail get(@PathVariable String code, Authentication caller) {
        return views.detail(readers.readable(code, caller));
    }

    record WithdrawalRequest(
            @NotBlank(message = "{dossier.withdrawal.reasonRequired}")
            @Size(max = 2000, message = "{dossier.withdrawal.reasonTooLong}")
            @Printable(label = "{dossier.form.withdrawalReason}", multiline = true)
            String reason) {
    }

    /** Decree 118/2025 Art 21: allowed until a decision is issued. */
    @PostMapping("/{code}/withdrawal")
    @PreAuthorize("@officers.atDesk(authentication)")
    DossierViews.Detail withdraw(@PathVariable String code, @Valid @RequestBody WithdrawalRequest request,
            Authentication caller) {
        // Another commune's desk may not stop a file it never received.
        readers.readable(code, caller);
        dossiers.requestWithdrawal(code, request.reason(), caller.getName());
        return views.detail(dossiers.get(code));
    }
}
