package vn.motcua.dossier;

/**
 * A line was added to a file's history ({@code mc_dossier_status}): a status change or an event such
 * as an apology or a pause. Published synchronously inside the writing transaction, so a feature that
 * sends lines on (the portal, the applicant's notices) queues the line in its own table atomically
 * with it: no line is lost, none is queued for a write that rolled back.
 *
 * @param kind the line's status or event name, as in {@code mc_dossier_status.status}
 */
public record HistoryLineWritten(long lineId, long dossierId, String kind) {
}
