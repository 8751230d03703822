package vn.motcua.search;

import java.sql.Date;
import java.util.List;
import java.util.Locale;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.calendar.DayFormat;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.system.Messages;

/**
 * The files an officer registered last, newest first: after starting a reception in Tasklist, the desk
 * finds there the code and the appointment to tell the applicant, and the receipt to print.
 */
@Service
public class LatestReceipts {

    public static final int MOST_ROWS = 10;

    private final JdbcTemplate jdbc;

    LatestReceipts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The path of the receipt in the officer's Tasklist session (no second login). */
    public static String receiptPath(String code) {
        return "/desk/files/" + code + "/receipt";
    }

    @Transactional(readOnly = true)
    public List<LatestReceipt> of(String officer) {
        return jdbc.query("""
                select d.code, d.applicant_name, d.procedure_name, d.status, d.due_date, d.process_instance_id,
                    s.changed_at,
                    (select 1 from mc_letter l where l.dossier_id = d.id and l.kind = 'RECEIPT'
                     fetch first 1 rows only) as receipt
                from mc_dossier_status s join mc_dossier d on d.id = s.dossier_id
                where s.actor = ? and s.status = ?
                order by s.changed_at desc, s.id desc fetch first\s""" + MOST_ROWS + " rows only", (rs, n) -> {
            String code = rs.getString("code");
            DossierStatus status = DossierStatus.valueOf(rs.getString("status"));
            Date due = rs.getDate("due_date");
            boolean receipt = rs.getObject("receipt") != null;
            String message = due != null && receipt
                    ? Messages.text("search.latest.received", code, DayFormat.of(due.toLocalDate()))
                    : Messages.text("search.latest.registered", code, status.label().toLowerCase(Locale.ROOT));
            return new LatestReceipt(code, rs.getString("applicant_name"), rs.getString("procedure_name"), status.name(),
                    status.label(), rs.getTimestamp("changed_at").toInstant(), due == null ? null : due.toLocalDate(),
                    rs.getString("process_instance_id"), message, receipt ? receiptPath(code) : null);
        }, officer, DossierStatus.RECEIVED.name());
    }
}
