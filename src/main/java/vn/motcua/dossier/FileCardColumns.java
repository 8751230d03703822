package vn.motcua.dossier;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What a task card in Tasklist shows of its file (code, applicant, appointment), read from the register for a
 * page of tasks at once rather than copied onto every task.
 */
@Component
public class FileCardColumns {

    /** @param appointment null while the file has none (before acceptance) */
    public record Columns(String code, String applicantName, LocalDate appointment) {
    }

    private final NamedParameterJdbcTemplate jdbc;

    FileCardColumns(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** @return the columns of the codes the register knows, by code */
    public Map<String, Columns> of(Collection<String> codes) {
        Map<String, Columns> found = new HashMap<>();
        if (codes.isEmpty()) {
            return found;
        }
        jdbc.query("select code, applicant_name, due_date from mc_dossier where code in (:codes)", Map.of("codes", codes),
                row -> {
                    var due = row.getDate("due_date");
                    found.put(row.getString("code"), new Columns(row.getString("code"), row.getString("applicant_name"),
                            due == null ? null : due.toLocalDate()));
                });
        return found;
    }
}
