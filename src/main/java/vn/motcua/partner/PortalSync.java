package vn.motcua.partner;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.HistoryLineWritten;
import vn.motcua.system.AgencyProperties;
import vn.motcua.system.Messages;
import vn.motcua.system.TimeSource;

/**
 * Sends every status change of every file to the national public-service portal (Decree 118/2025
 * Art 27(2)(d); Decree 63/2024 Art 7: within 10 minutes). Each status line is queued in the portal's
 * outbox ({@link HistoryOutbox}) with the line, claimed with a lease (so two nodes never send it at
 * once), sent with its own idempotency key, and marked when the portal acknowledged it; a failure
 * waits longer each time and never loses the row. Each message carries the appointment date and the
 * pause ("tạm ngưng", with its reason) as the line recorded them, so a late or repeated send tells the portal what was true then.
 */
@Component
public class PortalSync {

    private static final Logger log = LoggerFactory.getLogger(PortalSync.class);
    static final int BATCH = HistoryOutbox.BATCH;
    /**
     * Lines of a file's history the portal must see besides its status changes: the new appointment of an
     * apology, and the clock stopping ("tạm ngưng") and running again (Decree 118/2025 Art 19(6), 27(2)(d)).
     */
    static final List<String> PORTAL_EVENTS = List.of("APOLOGY_SENT", "CLOCK_PAUSED", "CLOCK_RESUMED");
    /** The lines the portal is sent: status changes and its events, not the other lines of a file's history. */
    static final List<String> SENT = java.util.stream.Stream.concat(
            Arrays.stream(DossierStatus.values()).map(DossierStatus::name), PORTAL_EVENTS.stream().sorted()).toList();
    /** The portal's rows in mc_history_outbox. */
    static final String RECEIVER = "PORTAL";

    /** The appointment and the pause come from the line itself: the file's state when it was written (V13). */
    private static final String FILE_COLUMNS = "d.code, d.procedure_key, s.due_date, s.paused, s.pause_reason";

    private final HistoryOutbox outbox;
    private final PartnerClients clients;
    private final AgencyProperties agency;

    PortalSync(JdbcTemplate jdbc, PartnerClients clients, AgencyProperties agency, TimeSource clock) {
        this.outbox = new HistoryOutbox(jdbc, clock, RECEIVER, SENT);
        this.clients = clients;
        this.agency = agency;
    }

    /** Queues a status line for the portal, in the transaction that wrote it. */
    @EventListener
    public void on(HistoryLineWritten line) {
        outbox.queue(line);
    }

    /** Sends the status changes that are due now. @return how many rows this pass claimed */
    public int sendPending() {
        List<Map<String, Object>> rows = outbox.claim(FILE_COLUMNS);
        rows.forEach(this::send);
        return rows.size();
    }

    private void send(Map<String, Object> row) {
        long id = ((Number) row.get("id")).longValue();
        String status = row.get("status").toString();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("agencyCode", agency.code());
        body.put("dossierCode", row.get("code"));
        body.put("procedureKey", row.get("procedure_key"));
        body.put("status", status);
        body.put("statusLabel", label(status));
        body.put("appointmentDate", row.get("due_date") == null ? null : row.get("due_date").toString());
        boolean paused = Boolean.TRUE.equals(row.get("paused"));
        body.put("paused", paused);
        body.put("pauseReason", paused ? row.get("pause_reason") : null);
        body.put("reason", row.get("reason"));
        body.put("changedAt", moment(row.get("changed_at")).toString());
        try {
            clients.of(Agency.PORTAL).send(PartnerOperation.STATUS_SYNC, "status-" + id, body);
            outbox.delivered(id, null);
        } catch (PartnerCallException e) {
            int attempts = outbox.failed(row, e.getMessage());
            log.warn("Status {} of {} not yet synchronised with the portal (attempt {}): {}", status, row.get("code"),
                    attempts, e.getMessage());
        }
    }

    /** An event's label is the portal's own (messages/partner.properties); a status's is the file's. */
    private static String label(String status) {
        if (PORTAL_EVENTS.contains(status)) {
            return Messages.text("partner.portalEvent." + status);
        }
        return Arrays.stream(DossierStatus.values()).filter(s -> s.name().equals(status)).map(DossierStatus::label)
                .findFirst().orElse(status);
    }

    /** 15 s, 30 s, 1 min, ... at most 5 min: well inside the 10-minute rule once the portal is back. */
    static Duration backoff(int attempts) {
        return HistoryOutbox.backoff(attempts);
    }

    /** A moment of a row map: PostgreSQL's driver gives a Timestamp, H2 an OffsetDateTime for a timestamp with time zone (V30). */
    private static Instant moment(Object value) {
        return value instanceof OffsetDateTime withOffset ? withOffset.toInstant() : ((Timestamp) value).toInstant();
    }
}
