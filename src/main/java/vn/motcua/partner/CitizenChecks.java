package vn.motcua.partner;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import vn.motcua.dossier.DossierRegister;
import vn.motcua.dossier.DossierService;
import vn.motcua.system.EngineClock;

/**
 * Checks each new file's personal identification number against the national population
 * database, after reception and outside its transaction, so a slow or absent database never holds
 * up the desk. A mismatch is written in the file's history for the desk to see; a check that
 * could not be made is tried again later. A check only reads, so two nodes checking the same file
 * at once do no harm.
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
    private final EngineClock clock;

    CitizenChecks(JdbcTemplate jdbc, PartnerClients clients, DossierService dossiers, DossierRegister register,
            EngineClock clock) {
        this.jdbc = jdbc;
        this.clients = clients;
        this.dossiers = dossiers;
        this.register = register;
        this.clock = clock;
    }

    /** @return how many files were looked at */
    public int checkPending() {
        Instant now = clock.now();
        List<Map<String, Object>> files = jdbc.queryForList("""
                select id, code, applicant_name, applicant_id_number, citizen_check_attempts from mc_dossier
                where citizen_checked_at is null and (citizen_check_next_at is null or citizen_check_next_at <= ?)
                order by id limit %d""".formatted(BATCH), Timestamp.from(now));
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
            int updated = jdbc.update("update mc_dossier set citizen_check = ?, citizen_checked_at = ? where id = ? and citizen_checked_at is null",
                    result, Timestamp.from(clock.now()), id);
            if (updated > 0 && "MISMATCH".equals(result)) {
                register.recordEvent(dossiers.get(code), EVENT_MISMATCH, "Số định danh cá nhân " + file.get("applicant_id_number")
                        + " không khớp với Cơ sở dữ liệu quốc gia về dân cư: cần đối chiếu giấy tờ của người nộp.", "system", clock.now());
            }
        } catch (PartnerCallException e) {
            int attempts = ((Number) file.get("citizen_check_attempts")).intValue() + 1;
            jdbc.update("update mc_dossier set citizen_check_attempts = ?, citizen_check_next_at = ? where id = ?", attempts,
                    Timestamp.from(clock.now().plus(PortalSync.backoff(attempts))), id);
            log.warn("Citizen ID of {} not checked yet (attempt {}): {}", code, attempts, e.getMessage());
        }
    }
}
