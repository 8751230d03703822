package vn.motcua.dossier;

import java.time.Instant;

/** What the desk or the portal knows of a file when it arrives. */
public record NewDossier(String code, String clientRequestId, String procedureKey, String procedureName,
        Channel channel, Dossier.Applicant applicant, Dossier.Parcel parcel, String requestSummary,
        Instant receivedAt) {
}
