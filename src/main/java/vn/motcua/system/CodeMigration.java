package vn.motcua.system;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * A Flyway migration written in Java where SQL cannot say it (per-database indexes, keys computed by
 * the application's code, the engine's shipped scripts). Version, description and checksum are fixed
 * by the subclass and must never change once released: Flyway compares them with the schema history
 * of every database it has run on.
 */
public abstract class CodeMigration implements JavaMigration {

    private final String version;
    private final String description;

    protected CodeMigration(String version, String description) {
        this.version = version;
        this.description = description;
    }

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion(version);
    }

    @Override
    public String getDescription() {
        return description;
    }

    /** The version as a number: the code can change (a fix) without Flyway refusing released databases. */
    @Override
    public Integer getChecksum() {
        return Integer.valueOf(version);
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }
}
