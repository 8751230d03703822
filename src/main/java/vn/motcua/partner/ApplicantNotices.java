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
import vn.motcua.system.Messages;
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
            outbox.delivered(id, Messages.text("partner.notice.noContact"));
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
            case "IN_PROGRESS" -> Messages.text("partner.notice.inProgress", code, row.get("procedure_name"), due);
            case "WAITING_SUPPLEMENT_AT_RECEPTION", "WAITING_AGENCY_SUPPLEMENT" ->
                    Messages.text("partner.notice.supplement", code, reason);
            case "APOLOGY_SENT" -> Messages.text("partner.notice.apology", code, due);
            case "CLOCK_PAUSED" -> Messages.text("partner.notice.clockPaused", code,
                    row.get("pause_reason") == null ? reason : row.get("pause_reason"));
            case "CLOCK_RESUMED" -> Messages.text("partner.notice.clockResumed", code, due);
            case "RESULT_READY" -> Messages.text("partner.notice.resultReady", code);
            default -> Messages.text("partner.notice.other", code, reason);
        };
    }
}
