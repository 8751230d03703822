package vn.motcua.partner;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import vn.motcua.dossier.DossierRegister;
import vn.motcua.dossier.DossierService;
import vn.motcua.dossier.FileRegistered;
import vn.motcua.system.Messages;
import vn.motcua.system.TimeSource;

/**
 * Checks each new file's personal identification number against the national population
 * database, after reception and outside its transaction, so a slow or absent database never holds
 * up the desk. A mismatch is written in the file's history for the desk to see; a check that
 * could not be made is tried again later. A check only reads, so two nodes checking the same file
 * at once do no harm; the first answer recorded is the one that counts. The checks are partner's own
 * rows (mc_citizen_check, V27), one per file, queued with the file.
 */
@Component
public class CitizenChecks {

    private static final Logger log = LoggerFactory.getLogger(CitizenChecks.class);
    static final String EVENT_MISMATCH = "CITIZEN_ID_MISMATCH";
    static final int BATCH = 20;

    private final JdbcTemplate jdbc;
    private final PartnerClients clients;
    private final DossierService dossiers;
    private final DossierRegister register;
    private final TimeSource clock;

    CitizenChecks(JdbcTemplate jdbc, PartnerClients clients, DossierService dossiers, DossierRegister register,
            TimeSource clock) {
        this.jdbc = jdbc;
        this.clients = clients;
        this.dossiers = dossiers;
        this.register = register;
        this.clock = clock;
    }

    /** Queues a new file's check, in the transaction that registered it. */
    @EventListener
    public void on(FileRegistered file) {
        jdbc.update("insert into mc_citizen_check (dossier_id) values (?)", file.dossierId());
    }

    /** @return how many files were looked at */
    public int checkPending() {
        Instant now = clock.now();
        List<Map<String, Object>> files = jdbc.queryForList("""
                select d.id, d.code, d.applicant_name, d.applicant_id_number, c.attempts
                from mc_citizen_check c join mc_dossier d on d.id = c.dossier_id
                where c.checked_at is null and (c.next_attempt_at is null or c.next_attempt_at <= ?)
                order by c.dossier_id limit %d""".formatted(BATCH), Timestamp.from(now));
        files.forEach(this::check);
        return files.size();
    }

    private void check(Map<String, Object> file) {
        long id = ((Number) file.get("id")).longValue();
        String code = file.get("code").toString();
        try {
            Acknowledgement answer = clients.of(Agency.POPULATION).send(PartnerOperation.CITIZEN_CHECK, "citizen-" + id,
                    Map.of("idNumber", file.get("applicant_id_number"), "fullName", file.get("applicant_name"), "dossierCode", code));
            String result = "MATCH".equals(answer.status()) ? "MATCH" : "MISMATCH";
            int updated = jdbc.update("update mc_citizen_check set result = ?, checked_at = ? where dossier_id = ? and checked_at is null",
                    result, Timestamp.from(clock.now()), id);
            if (updated > 0 && "MISMATCH".equals(result)) {
                register.recordEvent(dossiers.get(code), EVENT_MISMATCH, Messages.text("partner.event.citizenMismatch",
                        file.get("applicant_id_number")), "system", clock.now());
            }
        } catch (PartnerCallException e) {
            int attempts = ((Number) file.get("attempts")).intValue() + 1;
            jdbc.update("update mc_citizen_check set attempts = ?, next_attempt_at = ? where dossier_id = ?", attempts,
                    Timestamp.from(clock.now().plus(PortalSync.backoff(attempts))), id);
            log.warn("Citizen ID of {} not checked yet (attempt {}): {}", code, attempts, e.getMessage());
        }
    }
}
