package vn.motcua.search;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;

import org.flywaydb.core.api.migration.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.motcua.dossier.SearchKeyBackfill;
import vn.motcua.dossier.SearchKeys;
import vn.motcua.system.CodeMigration;

/**
 * V18: the register's search columns and indexes. In Java rather than SQL because the existing files'
 * keys are computed by {@link SearchKeys}, the code that writes new files' keys (no SQL function
 * strips Vietnamese diacritics on both H2 and PostgreSQL), and because PostgreSQL needs index kinds H2
 * does not have: {@code varchar_pattern_ops} so that a {@code like 'prefix%'} seeks under any collation,
 * and a trigram index so that a name is found from any of its words. The columns are the register's,
 * so the register's code fills them ({@link SearchKeyBackfill}).
 */
@Component
public class FileSearchIndexes extends CodeMigration {

    private static final Logger log = LoggerFactory.getLogger(FileSearchIndexes.class);

    public FileSearchIndexes() {
        super("18", "file search columns");
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        boolean postgres = "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("alter table mc_dossier add column applicant_search varchar(250)");
            ddl.execute("alter table mc_dossier add column code_reversed varchar(60)");
        }
        SearchKeyBackfill.fillMissing(connection);
        try (Statement ddl = connection.createStatement()) {
            ddl.execute(postgres
                    ? "create index mc_dossier_code_reversed on mc_dossier (code_reversed varchar_pattern_ops)"
                    : "create index mc_dossier_code_reversed on mc_dossier (code_reversed)");
            ddl.execute("create index mc_dossier_applicant_id on mc_dossier (applicant_id_number)");
            ddl.execute("create index mc_dossier_parcel on mc_dossier (parcel_number, parcel_sheet)");
            // "the latest files this officer received" (the desk's receipt after starting in Tasklist)
            ddl.execute("create index mc_dossier_status_actor on mc_dossier_status (actor, status, changed_at)");
            if (postgres && trigramsAvailable(connection)) {
                ddl.execute("create index mc_dossier_applicant_trgm on mc_dossier using gin (applicant_search gin_trgm_ops)");
            }
        }
    }

    /**
     * pg_trgm ships with PostgreSQL and is a trusted extension (a database owner may create it). Where it
     * cannot be created, names are still found, by reading the column without an index; the log says so.
     */
    private static boolean trigramsAvailable(Connection connection) throws SQLException {
        Savepoint before = connection.setSavepoint();
        try (Statement statement = connection.createStatement()) {
            statement.execute("create extension if not exists pg_trgm");
            connection.releaseSavepoint(before);
            return true;
        } catch (SQLException refused) {
            connection.rollback(before);
            log.warn("PostgreSQL extension pg_trgm could not be created ({}): searching files by applicant name reads"
                    + " every file's name column. Ask the database administrator to run 'create extension pg_trgm'"
                    + " in this database, then create the index mc_dossier_applicant_trgm (docs/operations.md).",
                    refused.getMessage());
            return false;
        }
    }
}
