package vn.motcua.dossier;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The papers and sets a file was received with (V8): written at registration, printed on the receipt. */
@Repository
public class DossierDocuments {

    private final JdbcTemplate jdbc;

    public DossierDocuments(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void record(long dossierId, ReceivedDocuments received) {
        jdbc.update("update mc_dossier set document_sets = ?, fully_online = ? where id = ?", received.sets(),
                received.fullyOnline(), dossierId);
        int line = 1;
        for (ReceivedDocument document : received.documents()) {
            jdbc.update("""
                    insert into mc_dossier_document (dossier_id, line_number, name, document_type, document_count,
                        reference, sha256)
                    values (?, ?, ?, ?, ?, ?, ?)""", dossierId, line++, document.name(),
                    document.type() == null ? null : document.type().name(), document.count(), document.reference(),
                    document.sha256());
        }
    }

    public ReceivedDocuments of(long dossierId) {
        record Header(Integer sets, boolean fullyOnline) {
        }
        Header header = jdbc.queryForObject("select document_sets, fully_online from mc_dossier where id = ?", (rs, n) -> {
            int sets = rs.getInt("document_sets");
            return new Header(rs.wasNull() ? null : sets, rs.getBoolean("fully_online"));
        }, dossierId);
        List<ReceivedDocument> documents = jdbc.query(
                "select * from mc_dossier_document where dossier_id = ? order by line_number", (rs, n) -> {
                    String type = rs.getString("document_type");
                    int count = rs.getInt("document_count");
                    Integer said = rs.wasNull() ? null : count;
                    return new ReceivedDocument(rs.getString("name"), type == null ? null : ReceivedDocument.Type.valueOf(type),
                            said, rs.getString("reference"), rs.getString("sha256"));
                }, dossierId);
        return new ReceivedDocuments(header.sets(), documents, header.fullyOnline());
    }
}
