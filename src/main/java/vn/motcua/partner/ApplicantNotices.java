package vn.motcua.partner;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import vn.motcua.calendar.DayFormat;
import vn.motcua.system.AgencyProperties;
import vn.motcua.system.EngineClock;

/**
 * Tells the applicant, by SMS and e-mail through the messaging agency, what changed on the file:
 * accepted (with the appointment), a supplement request, an apology with the new date, a pause
 * with its reason, the result ready (Decree 118/2025 Art 19(6): the desk notifies the applicant).
 * The file's history is the outbox, as for the portal: a line is claimed with a lease, sent with
 * its own idempotency key (the gateway sends it once), and marked; a failure waits longer each time.
 * A file without phone or e-mail has nobody to tell: its lines are marked without sending.
 */
@Component
public class ApplicantNotices {

    private static final Logger log = LoggerFactory.getLogger(ApplicantNotices.class);
    static final int BATCH = 50;
    static final Duration LEASE = Duration.ofMinutes(2);
    /** The lines of a file's history an applicant is told of. */
    static final List<String> TOLD = List.of("IN_PROGRESS", "WAITING_SUPPLEMENT_AT_RECEPTION", "WAITING_AGENCY_SUPPLEMENT",
            "APOLOGY_SENT", "CLOCK_PAUSED", "RESULT_READY");
    private static final String IN_TOLD = String.join(",", TOLD.stream().map(s -> "'" + s + "'").toList());

    private final JdbcTemplate jdbc;
    private final PartnerClients clients;
    private final AgencyProperties agency;
    private final EngineClock clock;
    private final String node = UUID.randomUUID().toString();

    ApplicantNotices(JdbcTemplate jdbc, PartnerClients clients, AgencyProperties agency, EngineClock clock) {
        this.jdbc = jdbc;
        this.clients = clients;
        this.agency = agency;
        this.clock = clock;
    }

    /** Sends the notices due now. @return how many lines this pass claimed */
    public int sendPending() {
        Instant now = clock.now();
        int claimed = jdbc.update("""
                update mc_dossier_status set notice_lease_owner = ?, notice_lease_until = ?
                where id in (select id from mc_dossier_status
                             where notice_sent_at is null and status in (%s)
                               and (notice_next_attempt_at is null or notice_next_attempt_at <= ?)
                               and (notice_lease_until is null or notice_lease_until < ?)
                             order by id limit %d)""".formatted(IN_TOLD, BATCH),
                node, Timestamp.from(now.plus(LEASE)), Timestamp.from(now), Timestamp.from(now));
        if (claimed == 0) {
            return 0;
        }
        jdbc.queryForList("""
                select s.id, s.status, s.reason, s.notice_attempts, d.code, d.procedure_name, d.due_date, d.paused_reason,
                    d.applicant_name, d.applicant_phone, d.applicant_email
                from mc_dossier_status s join mc_dossier d on d.id = s.dossier_id
                where s.notice_lease_owner = ? and s.notice_sent_at is null order by s.id""", node).forEach(this::send);
        return claimed;
    }

    private void send(Map<String, Object> row) {
        long id = ((Number) row.get("id")).longValue();
        Object phone = row.get("applicant_phone");
        Object email = row.get("applicant_email");
        if (phone == null && email == null) {
            markSent(id, "Người nộp không để lại số điện thoại hay thư điện tử");
            return;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("agencyCode", agency.code());
        body.put("dossierCode", row.get("code"));
        body.put("kind", row.get("status"));
        body.put("recipient", row.get("applicant_name"));
        body.put("phone", phone);
        body.put("email", email);
        body.put("message", message(row));
        try {
            clients.of(Agency.MESSAGING).send(PartnerOperation.APPLICANT_NOTICE, "notice-" + id, body);
            markSent(id, null);
        } catch (PartnerCallException e) {
            int attempts = ((Number) row.get("notice_attempts")).intValue() + 1;
            Instant next = clock.now().plus(PortalSync.backoff(attempts));
            jdbc.update("update mc_dossier_status set notice_attempts = ?, notice_next_attempt_at = ?, notice_error = ?,"
                    + " notice_lease_owner = null, notice_lease_until = null where id = ?", attempts, Timestamp.from(next),
                    abbreviate(e.getMessage()), id);
            log.warn("Notice {} of {} to the applicant not sent yet (attempt {}): {}", row.get("status"), row.get("code"),
                    attempts, e.getMessage());
        }
    }

    /** What the applicant reads, in Vietnamese, with dates as dd/MM/yyyy. */
    static String message(Map<String, Object> row) {
        String code = String.valueOf(row.get("code"));
        String due = row.get("due_date") == null ? "" : DayFormat.of(LocalDate.parse(row.get("due_date").toString()));
        String reason = row.get("reason") == null ? "" : row.get("reason").toString();
        return switch (row.get("status").toString()) {
            case "IN_PROGRESS" -> "Hồ sơ " + code + " (" + row.get("procedure_name") + ") đang được giải quyết. Ngày hẹn trả"
                    + " kết quả: " + due + ".";
            case "WAITING_SUPPLEMENT_AT_RECEPTION", "WAITING_AGENCY_SUPPLEMENT" -> "Hồ sơ " + code + " cần bổ sung: "
                    + reason + ". Xin liên hệ Bộ phận Một cửa; phiếu yêu cầu bổ sung có trong mục tra cứu hồ sơ.";
            case "APOLOGY_SENT" -> "Hồ sơ " + code + " chưa trả được kết quả đúng hẹn. Cơ quan giải quyết xin lỗi ông/bà và"
                    + " hẹn trả kết quả ngày " + due + ".";
            case "CLOCK_PAUSED" -> "Hồ sơ " + code + " tạm ngưng tính thời hạn giải quyết: " + (row.get("paused_reason") == null
                    ? reason : row.get("paused_reason")) + ". Ngày hẹn trả sẽ lùi tương ứng.";
            case "RESULT_READY" -> "Hồ sơ " + code + " đã có kết quả. Mời ông/bà nhận kết quả theo giấy hẹn hoặc theo hình thức"
                    + " đã đăng ký.";
            default -> "Hồ sơ " + code + ": " + reason;
        };
    }

    private void markSent(long id, String note) {
        jdbc.update("update mc_dossier_status set notice_sent_at = ?, notice_lease_owner = null, notice_lease_until = null,"
                + " notice_error = ? where id = ?", Timestamp.from(clock.now()), note, id);
    }

    private static String abbreviate(String text) {
        return text == null ? null : text.length() <= 500 ? text : text.substring(0, 497) + "...";
    }
}
