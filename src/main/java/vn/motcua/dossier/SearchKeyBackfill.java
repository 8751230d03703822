package vn.motcua.dossier;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Writes the search columns ({@link SearchKeys}) of files registered before they existed: the register's
 * own columns, written by the register's code, whoever adds them (search's migration V18,
 * {@code FileSearchIndexes}). On a plain connection, inside the caller's migration.
 */
public final class SearchKeyBackfill {

    private static final int BATCH = 1000;

    private SearchKeyBackfill() {
    }

    /** Keys every file whose keys are missing, in batches of {@value #BATCH}. */
    public static void fillMissing(Connection connection) throws SQLException {
        try (PreparedStatement read = connection.prepareStatement(
                "select id, code, applicant_name from mc_dossier where code_reversed is null order by id");
                PreparedStatement write = connection.prepareStatement(
                        "update mc_dossier set applicant_search = ?, code_reversed = ? where id = ?")) {
            read.setFetchSize(BATCH);
            int pending = 0;
            try (ResultSet rows = read.executeQuery()) {
                while (rows.next()) {
                    write.setString(1, SearchKeys.name(rows.getString("applicant_name")));
                    write.setString(2, SearchKeys.reversedCode(rows.getString("code")));
                    write.setLong(3, rows.getLong("id"));
                    write.addBatch();
                    if (++pending == BATCH) {
                        write.executeBatch();
                        pending = 0;
                    }
                }
            }
            if (pending > 0) {
                write.executeBatch();
            }
        }
    }
}
