package vn.motcua.dossier;

/**
 * A file was written into the register. Published synchronously inside the writing transaction
 * (like {@link DossierEvent}), so the other features' own rows for it (a citizen ID check to make,
 * a file the dashboard counts live) commit or roll back with the file.
 */
public record FileRegistered(long dossierId, String code) {
}
