package vn.motcua.dossier;

import java.time.Instant;

/** A file as it arrives, already checked for form (see {@code ReceptionRequest} and the reception form). */
public record ReceivedFile(String procedureKey, String clientRequestId, Channel channel, Dossier.Applicant applicant,
        Dossier.Parcel parcel, String requestSummary, Instant receivedAt) {
}
