package vn.motcua.partner;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import vn.motcua.calendar.DayFormat;
import vn.motcua.dossier.HistoryLineWritten;
import vn.motcua.system.AgencyProperties;
import vn.motcua.system.TimeSource;

/**
 * Tells the applicant, by SMS and e-mail through the messaging agency, what changed on the file:
 * accepted (with the appointment), a supplement request, an apology with the new date, a pause
 * with its reason, the clock running again with the moved date, the result ready (Decree 118/2025
 * Art 19(6): the desk notifies the applicant).
 * The lines are queued in their own outbox, as for the portal ({@link HistoryOutbox}): a line is
 * claimed with a lease, sent with its own idempotency key (the gateway sends it once), and marked; a
 * failure waits longer each time.
 * A file without phone or e-mail has nobody to tell: its lines are marked without sending.
 */
@Component
public class ApplicantNotices {

    private static final Logger log = LoggerFactory.getLogger(ApplicantNotices.class);
    static final int BATCH = HistoryOutbox.BATCH;
    /** The lines of a file's history an applicant is told of. */
    static final List<String> TOLD = List.of("IN_PROGRESS", "WAITING_SUPPLEMENT_AT_RECEPTION", "WAITING_AGENCY_SUPPLEMENT",
            "APOLOGY_SENT", "CLOCK_PAUSED", "CLOCK_RESUMED", "RESULT_READY");
    /** The notices' rows in mc_history_outbox. */
    static final String RECEIVER = "NOTICE";
    /** The appointment and the pause as the line recorded them (V13): a late or repeated send says the same. */
    private static final String FILE_COLUMNS = "d.code, d.procedure_name, s.due_date, s.pause_reason, d.applicant_name,"
            + " d.applicant_phone, d.applicant_email";

    private final HistoryOutbox outbox;
    private final PartnerClients clients;
    private final AgencyProperties agency;

    ApplicantNotices(JdbcTemplate jdbc, PartnerClients clients, AgencyProperties agency, TimeSource clock) {
        this.outbox = new HistoryOutbox(jdbc, clock, RECEIVER, TOLD);
        this.clients = clients;
        this.agency = agency;
    }

    /** Queues a line the applicant is told of, in the transaction that wrote it. */
    @EventListener
    public void on(HistoryLineWritten line) {
        outbox.queue(line);
    }

    /** Sends the notices due now. @return how many lines this pass claimed */
    public int sendPending() {
        List<Map<String, Object>> lines = outbox.claim(FILE_COLUMNS);
        lines.forEach(this::send);
        return lines.size();
    }

    private void send(Map<String, Object> row) {
        long id = ((Number) row.get("id")).longValue();
        Object phone = row.get("applicant_phone");
        Object email = row.get("applicant_email");
        if (phone == null && email == null) {
            outbox.delivered(id, "Người nộp không để lại số điện thoại hay thư điện tử");
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
            outbox.delivered(id, null);
        } catch (PartnerCallException e) {
            int attempts = outbox.failed(row, e.getMessage());
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
            case "IN_PROGRESS" -> "Hồ sơ " + code + " (" + row.get("procedure_name") + ") đã được tiếp nhận và đang được giải"
                    + " quyết. Ngày hẹn trả kết quả: " + due + ".";
            case "WAITING_SUPPLEMENT_AT_RECEPTION", "WAITING_AGENCY_SUPPLEMENT" -> "Hồ sơ " + code + " cần bổ sung: "
                    + reason + ". Xin liên hệ Bộ phận Một cửa; phiếu yêu cầu bổ sung có trong mục tra cứu hồ sơ.";
            case "APOLOGY_SENT" -> "Hồ sơ " + code + " chưa trả được kết quả đúng hẹn. Cơ quan giải quyết xin lỗi ông/bà và"
                    + " hẹn trả kết quả ngày " + due + ".";
            case "CLOCK_PAUSED" -> "Hồ sơ " + code + " tạm ngưng tính thời hạn giải quyết: " + (row.get("pause_reason") == null
                    ? reason : row.get("pause_reason")) + ". Ngày hẹn trả sẽ lùi tương ứng.";
            case "CLOCK_RESUMED" -> "Hồ sơ " + code + " tiếp tục được giải quyết. Ngày hẹn trả kết quả mới: " + due + ".";
            case "RESULT_READY" -> "Hồ sơ " + code + " đã có kết quả. Mời ông/bà nhận kết quả theo giấy hẹn hoặc theo hình thức"
                    + " đã đăng ký.";
            default -> "Hồ sơ " + code + ": " + reason;
        };
    }
}
