package vn.motcua.dossier;

/**
 * A step of a file was written onto the control sheet ({@code mc_handover}). Published synchronously
 * inside the writing transaction, like {@link FileRegistered}, so another feature's own row for the
 * hand-over (one the dashboard counts live) commits or rolls back with it.
 */
public record HandoverOpened(long handoverId, long dossierId) {
}
