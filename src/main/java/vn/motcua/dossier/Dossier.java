package vn.motcua.dossier;

import java.time.Instant;
import java.time.LocalDate;

/** A file (hồ sơ) as the register holds it. */
public record Dossier(long id, String code, String clientRequestId, String procedureKey, String procedureName,
        Channel channel, Applicant applicant, Parcel parcel, String requestSummary, Instant receivedAt,
        LocalDate acceptedOn, Integer timeLimitDays, String timeLimitKind, String timeLimitSource,
        LocalDate pausedSince, int pausedWorkingDays, LocalDate dueDate, boolean extended, int supplementCount,
        String supplementItems, Instant supplementNoticedAt, DossierStatus status, String statusReason,
        String resultOutcome, String resultDelivery, boolean decisionIssued, Instant finishedAt,
        String processInstanceId) {

    public record Applicant(String fullName, String idNumber, String phone, String email, String address) {
    }

    public record Parcel(String mapSheet, String parcelNumber, String address, String communeCode,
            boolean remoteCommune) {
    }

    public boolean isPaused() {
        return pausedSince != null;
    }
}
