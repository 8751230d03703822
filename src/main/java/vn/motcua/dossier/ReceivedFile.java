package vn.motcua.dossier;

import java.time.Instant;

/**
 * A file as it arrives, already checked for form (see {@code ReceptionRequest} and the reception form).
 *
 * @param documents the papers and sets received, for the receipt
 */
public record ReceivedFile(String procedureKey, String clientRequestId, Channel channel, Dossier.Applicant applicant,
        Dossier.Parcel parcel, String requestSummary, Instant receivedAt, ReceivedDocuments documents) {

    public ReceivedFile {
        documents = documents == null ? ReceivedDocuments.UNRECORDED : documents;
    }

    /** A file received without a list of papers or a number of sets: both unrecorded. */
    public ReceivedFile(String procedureKey, String clientRequestId, Channel channel, Dossier.Applicant applicant,
            Dossier.Parcel parcel, String requestSummary, Instant receivedAt) {
        this(procedureKey, clientRequestId, channel, applicant, parcel, requestSummary, receivedAt, null);
    }
}
