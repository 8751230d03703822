package vn.motcua.feedback;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import vn.motcua.organisation.GroupNames;
import vn.motcua.partner.Agency;
import vn.motcua.partner.PartnerCallException;
import vn.motcua.partner.PartnerClients;
import vn.motcua.partner.PartnerOperation;
import vn.motcua.system.TimeSource;

/**
 * Sends the answers of the hotline's complaints back to the 1022 hotline. The register is the outbox:
 * a row is claimed with a lease (two nodes never send it at once), sent with the idempotency key
 * {@code complaint-answer-<id>} and marked when the hotline acknowledged it. A node that crashes after
 * sending sends again with the same key, and the hotline shows the answer once.
 */
@Component
public class ComplaintAnswerDelivery {

    private static final Logger log = LoggerFactory.getLogger(ComplaintAnswerDelivery.class);
    static final int BATCH = 20;
    private static final Duration LEASE = Duration.ofMinutes(2);

    private final JdbcTemplate jdbc;
    private final Complaints complaints;
    private final PartnerClients clients;
    private final TimeSource clock;

    ComplaintAnswerDelivery(JdbcTemplate jdbc, Complaints complaints, PartnerClients clients, TimeSource clock) {
        this.jdbc = jdbc;
        this.complaints = complaints;
        this.clients = clients;
        this.clock = clock;
    }

    static String keyOf(Complaint c) {
        return "complaint-answer-" + c.id();
    }

    /** @return how many answers this pass tried to send */
    public int deliverPending() {
        Instant now = clock.now();
        List<Long> due = jdbc.queryForList("""
                select id from mc_complaint where source = 'HOTLINE_1022' and answered_at is not null and delivered_at is null
                  and (delivery_lease_until is null or delivery_lease_until < ?) order by id""", Long.class,
                Timestamp.from(now));
        int tried = 0;
        for (Long id : due.subList(0, Math.min(BATCH, due.size()))) {
            if (claim(id, now)) {
                send(complaints.find(id).orElseThrow());
                tried++;
            }
        }
        return tried;
    }

    private boolean claim(long id, Instant now) {
        return jdbc.update("""
                update mc_complaint set delivery_lease_until = ? where id = ? and delivered_at is null
                  and (delivery_lease_until is null or delivery_lease_until < ?)""",
                Timestamp.from(now.plus(LEASE)), id, Timestamp.from(now)) == 1;
    }

    private void send(Complaint c) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("hotlineComplaintId", c.externalId());
        body.put("dossierCode", c.dossierCode());
        body.put("answer", c.answer());
        body.put("answeredBy", GroupNames.of(c.unitGroup()));
        body.put("answeredAt", c.answeredAt().toString());
        body.put("onTime", !c.late(clock.today()));
        try {
            clients.of(Agency.HOTLINE).send(PartnerOperation.COMPLAINT_ANSWER, keyOf(c), body);
            jdbc.update("update mc_complaint set delivered_at = ?, delivery_error = null where id = ?",
                    Timestamp.from(clock.now()), c.id());
        } catch (PartnerCallException e) {
            int attempts = jdbc.queryForObject("select delivery_attempts from mc_complaint where id = ?", Integer.class, c.id()) + 1;
            // 30 s, 1 min, 2 min ... at most 30 min before the next try
            Duration wait = Duration.ofSeconds(30L << Math.min(attempts - 1, 6));
            jdbc.update("update mc_complaint set delivery_attempts = ?, delivery_error = ?, delivery_lease_until = ? where id = ?",
                    attempts, truncate(e.getMessage()), Timestamp.from(clock.now().plus(wait)), c.id());
            log.warn("Answer to complaint {} not yet delivered to the 1022 hotline (attempt {}): {}", c.id(), attempts,
                    e.getMessage());
        }
    }

    private static String truncate(String message) {
        return message == null || message.length() <= 1000 ? message : message.substring(0, 1000);
    }
}
