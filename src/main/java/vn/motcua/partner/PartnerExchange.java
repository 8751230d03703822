package vn.motcua.partner;

import java.time.Duration;
import java.time.Instant;

/** One request to a partner agency and what became of it (a row of {@code mc_partner_exchange}). */
public record PartnerExchange(long id, String key, long dossierId, String dossierCode, Agency agency,
        PartnerOperation operation, String stepKey, String processInstanceId, Status status, Instant openedAt,
        Instant sentAt, String agencyReference, Instant dueAt, Instant remindedAt, int reminderCount,
        Instant reportedAt, Instant answeredAt, String outcome, String answer, String answerDigest) {

    public enum Status {
        /** Registered; the request is on its way (the engine sends it asynchronously). */
        OPEN,
        /** The agency acknowledged the request and holds the file. */
        SENT,
        ANSWERED,
        /** The file stopped waiting (withdrawn, closed) before the agency answered. */
        CANCELLED
    }

    /** How long the agency held the file: from the request until its answer, or until now. */
    public Duration heldFor(Instant now) {
        Instant from = sentAt != null ? sentAt : openedAt;
        Instant to = answeredAt != null ? answeredAt : now;
        return Duration.between(from, to);
    }

    /** The control sheet's row for this exchange (its task id column). */
    String handoverId() {
        return "partner-" + key;
    }
}
