package vn.motcua.dossier;

import java.util.function.Function;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * A submission received once however often it is sent: the same client request id returns the file
 * the first submission registered. Shared by the files API and the portal's push, so both doors have
 * the same answer to a retry.
 */
@Component
public class OnceOnlyReception {

    /** @param created false when an earlier submission with the same id made the file */
    public record Outcome(Dossier dossier, boolean created) {
    }

    private final DossierService dossiers;

    OnceOnlyReception(DossierService dossiers) {
        this.dossiers = dossiers;
    }

    /** An online file, checked by the desk within 08 working hours (see {@link DossierService#receiveOnline}). */
    public Outcome online(ReceivedFile file, String actor) {
        return receive(file, f -> dossiers.receiveOnline(f, actor));
    }

    Outcome receive(ReceivedFile file, Function<ReceivedFile, Dossier> receive) {
        var existing = dossiers.findByClientRequest(file.clientRequestId());
        if (existing.isPresent()) {
            return new Outcome(existing.get(), false);
        }
        try {
            return new Outcome(receive.apply(file), true);
        } catch (DuplicateKeyException raced) {
            // the same request arrived twice at once; the other one won
            return new Outcome(dossiers.findByClientRequest(file.clientRequestId()).orElseThrow(() -> raced), false);
        }
    }
}
