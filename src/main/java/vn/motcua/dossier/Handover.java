package vn.motcua.dossier;

import java.time.Instant;

/** One row of the process control sheet (phiếu kiểm soát quá trình, BM.05). */
public record Handover(String stepKey, String stepName, String unit, String assignee, Instant receivedAt,
        Instant dueAt, Instant finishedAt, String outcome, boolean escalated) {
}
