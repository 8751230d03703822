package vn.motcua.partner;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.motcua.calendar.DayFormat;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierRegister;
import vn.motcua.dossier.DossierService;
import vn.motcua.dossier.ReceivedFile;
import vn.motcua.support.HttpCalls;
import vn.motcua.support.IntegrationTest;

/**
 * What the national portal and the applicant learn of a file (Decree 118/2025 Art 19(6), 27(2)(d)):
 * each line of the file's history goes out with the appointment date and the pause as they were
 * when it was written, however late the outbox sends it, and the applicant hears of each change
 * once, even when a line is sent again after a crash. The simulated portal and messaging agency
 * record what they received.
 */
@IntegrationTest
class PortalAndApplicantSyncIT {

    private static final String ISO_DAY = ".*\\d{4}-\\d{2}-\\d{2}.*";

    @LocalServerPort
    int port;
    @Autowired
    DossierService dossiers;
    @Autowired
    DossierRegister register;
    @Autowired
    PortalSync portalSync;
    @Autowired
    ApplicantNotices notices;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectMapper json;

    HttpCalls calls;

    @BeforeEach
    void setUp() {
        calls = new HttpCalls(port);
        drain(); // the demo office's and other tests' lines go first
    }

    @AfterEach
    void clock() {
        ClockUtil.reset();
    }

    private void drain() {
        while (portalSync.sendPending() == PortalSync.BATCH) {
            // a full batch: more are waiting
        }
        while (notices.sendPending() == ApplicantNotices.BATCH) {
            // a full batch: more are waiting
        }
    }

    private Dossier receive(String applicant, String phone) {
        return dossiers.receive(new ReceivedFile("land-use-conversion", null, Channel.IN_PERSON,
                new Dossier.Applicant(applicant, "001203004567", phone, null, "Thôn Đông"),
                new Dossier.Parcel("12", "345", "Thôn Đông, xã Long Thành", "26041", false), "Chuyển mục đích", null),
                "tiepnhan1");
    }

    private JsonNode effects() throws Exception {
        return json.readTree(calls.get("/simulator/effects", null).body());
    }

    private List<JsonNode> portalMessages(String code) throws Exception {
        List<JsonNode> found = new ArrayList<>();
        effects().path("portalStatuses").forEach(m -> {
            if (m.path("dossierCode").asText().equals(code)) {
                found.add(m);
            }
        });
        return found;
    }

    private JsonNode only(List<JsonNode> messages, String status) {
        List<JsonNode> of = messages.stream().filter(m -> m.path("status").asText().equals(status)).toList();
        assertThat(of).as(status).hasSize(1);
        return of.get(0);
    }

    /** Moves the engine's clock (and so the register's "now") by whole days. */
    private static void daysLater(int days) {
        ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plusSeconds(days * 86_400L)));
    }

    @Test
    void afterAnApologyThePortalOutboxHoldsTheNewAppointmentDate() throws Exception {
        Dossier dossier = receive("Lưu Thị Hẹn", null);
        LocalDate extended = dossiers.extend(dossier.code(), dossier.dueDate().plusDays(14), "Chờ ý kiến của Sở", "lanhdao1");

        Map<String, Object> line = jdbc.queryForMap("select s.due_date, s.paused, s.pause_reason, o.delivered_at"
                + " from mc_dossier_status s join mc_history_outbox o on o.line_id = s.id and o.receiver = 'PORTAL'"
                + " where s.dossier_id = ? and s.status = 'APOLOGY_SENT'", dossier.id());
        assertThat(line.get("delivered_at")).as("still in the outbox").isNull();
        assertThat(((java.sql.Date) line.get("due_date")).toLocalDate()).isEqualTo(extended);
        assertThat(line.get("paused")).isEqualTo(false);

        // The clock stops and runs again before the portal is reached: the apology still says its own date.
        dossiers.pauseClock(dossier.code(), "financialObligations", "system");
        daysLater(7);
        LocalDate moved = dossiers.resumeClock(dossier.code(), "system");
        assertThat(moved).isAfter(extended);
        drain();

        List<JsonNode> sent = portalMessages(dossier.code());
        assertThat(only(sent, "IN_PROGRESS").path("appointmentDate").asText()).isEqualTo(dossier.dueDate().toString());
        assertThat(only(sent, "APOLOGY_SENT").path("appointmentDate").asText()).isEqualTo(extended.toString());
        assertThat(only(sent, "CLOCK_RESUMED").path("appointmentDate").asText()).isEqualTo(moved.toString());
        assertThat(sent).extracting(m -> m.path("key").asText()).doesNotHaveDuplicates();
        // Every change of the appointment in the file's history reached the portal.
        List<String> changes = jdbc.queryForList("select new_due from mc_due_date_change where dossier_id = ? order by id",
                LocalDate.class, dossier.id()).stream().map(LocalDate::toString).toList();
        assertThat(changes).hasSize(3);
        assertThat(sent).extracting(m -> m.path("appointmentDate").asText()).containsAll(changes);
    }

    @Test
    void aPausedFileShowsAsPausedWithItsReasonEvenWhenThePortalHearsOfItAfterTheResume() throws Exception {
        Dossier dossier = receive("Tạ Văn Ngưng", null);
        dossiers.pauseClock(dossier.code(), "financialObligations", "system");
        String reason = register.pausedReason(dossier.code());
        assertThat(reason).isNotBlank();
        daysLater(7);
        dossiers.resumeClock(dossier.code(), "system");
        drain();

        List<JsonNode> sent = portalMessages(dossier.code());
        JsonNode paused = only(sent, "CLOCK_PAUSED");
        assertThat(paused.path("paused").asBoolean()).isTrue();
        assertThat(paused.path("statusLabel").asText()).startsWith("Tạm ngưng");
        assertThat(paused.path("pauseReason").asText()).isEqualTo(reason);
        assertThat(paused.path("appointmentDate").asText()).isEqualTo(dossier.dueDate().toString());
        JsonNode resumed = only(sent, "CLOCK_RESUMED");
        assertThat(resumed.path("paused").asBoolean()).isFalse();
        assertThat(resumed.path("pauseReason").isNull()).isTrue();
        // Whatever a person reads on the portal gives days as dd/MM/yyyy.
        assertThat(sent).extracting(m -> m.path("reason").asText()).noneMatch(r -> r.matches(ISO_DAY));
        assertThat(only(sent, "IN_PROGRESS").path("reason").asText()).contains(DayFormat.of(dossier.dueDate()));
    }

    @Test
    void theApplicantHearsOfEachChangeOnceAlsoWhenALineIsSentAgainAfterACrash() throws Exception {
        Dossier dossier = receive("Đoàn Thị Tin", "0912345678");
        LocalDate extended = dossiers.extend(dossier.code(), dossier.dueDate().plusDays(14), "Chờ ý kiến của Sở", "lanhdao1");
        dossiers.pauseClock(dossier.code(), "financialObligations", "system");
        String reason = register.pausedReason(dossier.code());
        daysLater(7);
        LocalDate moved = dossiers.resumeClock(dossier.code(), "system");
        dossiers.prepareResult(dossier.code(), "APPROVED", "canbo1");
        drain();

        // A node sent the apology's notice and died before marking it: the line is claimed again.
        long apology = jdbc.queryForObject("select id from mc_dossier_status where dossier_id = ? and status = 'APOLOGY_SENT'",
                Long.class, dossier.id());
        jdbc.update("update mc_history_outbox set delivered_at = null where receiver = 'NOTICE' and line_id = ?", apology);
        drain();

        JsonNode effects = effects();
        List<JsonNode> told = new ArrayList<>();
        effects.path("notices").forEach(n -> {
            if (n.path("dossierCode").asText().equals(dossier.code())) {
                told.add(n);
            }
        });
        assertThat(told).extracting(n -> n.path("kind").asText())
                .containsExactly("IN_PROGRESS", "APOLOGY_SENT", "CLOCK_PAUSED", "CLOCK_RESUMED", "RESULT_READY");
        assertThat(effects.path("noticeRequests").path("notice-" + apology).asInt()).as("sent again, same key").isEqualTo(2);
        Map<String, String> text = new java.util.HashMap<>();
        told.forEach(n -> text.put(n.path("kind").asText(), n.path("message").asText()));
        assertThat(text.get("IN_PROGRESS")).contains("tiếp nhận", DayFormat.of(dossier.dueDate()));
        assertThat(text.get("APOLOGY_SENT")).contains("xin lỗi", DayFormat.of(extended));
        assertThat(text.get("CLOCK_PAUSED")).contains("tạm ngưng", reason);
        assertThat(text.get("CLOCK_RESUMED")).contains(DayFormat.of(moved));
        assertThat(text.get("RESULT_READY")).contains("đã có kết quả");
        assertThat(text.values()).noneMatch(m -> m.matches(ISO_DAY));
    }
}
