package vn.motcua.partner;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import vn.motcua.dossier.Channel;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierService;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.ReceivedFile;
import vn.motcua.support.IntegrationTest;

/**
 * The registration office and the portal played by WireMock: an agency that is down, slow or
 * talks nonsense costs retries and, in the end, an incident a supervisor sees in Cockpit; the
 * file is never lost and every retry carries the same idempotency key. The portal gets every
 * status change, also those made while it was down.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class PartnerFaultsIT {

    static final WireMockServer agencies = new WireMockServer(wireMockConfig().dynamicPort());

    static {
        agencies.start();
    }

    @DynamicPropertySource
    static void agenciesOnWireMock(DynamicPropertyRegistry registry) {
        // A second application context in this JVM: its engine must not take the name "default",
        // or Camunda's REST API and webapps of the shared test context would find this one.
        registry.add("camunda.bpm.generate-unique-process-engine-name", () -> "true");
        registry.add("motcua.partners.agencies.land-registry.base-url", () -> agencies.baseUrl() + "/land-registry");
        registry.add("motcua.partners.agencies.land-registry.read-timeout", () -> "3s");
        registry.add("motcua.partners.agencies.portal.base-url", () -> agencies.baseUrl() + "/portal");
        registry.add("motcua.partners.agencies.population.base-url", () -> agencies.baseUrl() + "/population");
        registry.add("motcua.partners.agencies.messaging.base-url", () -> agencies.baseUrl() + "/messaging");
        registry.add("motcua.partners.agencies.hotline.base-url", () -> agencies.baseUrl() + "/hotline");
    }

    @AfterAll
    static void stop() {
        agencies.stop();
    }

    @Autowired
    DossierService dossiers;
    @Autowired
    ApplicantNotices notices;
    @Autowired
    TaskService taskService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ManagementService managementService;
    @Autowired
    PartnerAgencyStub agencyStub;
    @Autowired
    PartnerExchanges exchanges;
    @Autowired
    PortalSync portalSync;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CitizenChecks citizenChecks;
    @Autowired
    vn.motcua.feedback.ComplaintAnswerDelivery complaintAnswers;
    @org.springframework.boot.test.web.server.LocalServerPort
    int port;

    @BeforeEach
    void reset() {
        agencies.resetAll();
    }

    @AfterEach
    void clock() {
        ClockUtil.reset();
    }

    private Dossier receive(String applicant) {
        return dossiers.receive(new ReceivedFile("land-use-conversion", null, Channel.IN_PERSON,
                new Dossier.Applicant(applicant, "001203004567", null, null, "Thôn Đông"),
                new Dossier.Parcel("12", "345", "Thôn Đông, xã Long Thành", "26041", false), "Chuyển mục đích", null),
                "tiepnhan1");
    }

    private ProcessInstance atTheRegistrationOffice(Dossier dossier) {
        String task = taskService.createTaskQuery().processInstanceBusinessKey(dossier.code())
                .taskDefinitionKey("appraiseFile").singleResult().getId();
        taskService.complete(task, Map.of("appraisalDecision", "PROCEED", "appraisalFindings", "Đủ điều kiện"));
        return agencyStub.exchange(dossier.code(), "provideCadastralExtract").orElseThrow();
    }

    private Job sendJob(ProcessInstance exchange) {
        return managementService.createJobQuery().processInstanceId(exchange.getId()).messages().singleResult();
    }

    @Test
    void anAgencyThatStaysDownCostsRetriesWithBackOffThenAnIncidentAndNothingIsLost() {
        agencies.stubFor(post("/land-registry/cadastral-extracts").willReturn(aResponse().withStatus(503)));
        Dossier dossier = receive("Đinh Văn Toàn");
        ProcessInstance exchange = atTheRegistrationOffice(dossier);
        String key = agencyStub.keyOf(exchange);

        Date before = ClockUtil.getCurrentTime();
        assertThatThrownBy(() -> managementService.executeJob(sendJob(exchange).getId())).hasMessageContaining("503");
        Job retried = sendJob(exchange);
        assertThat(retried.getRetries()).as("one retry per interval of PT1M,PT5M,PT15M,PT1H,PT4H").isEqualTo(5);
        assertThat(Duration.between(before.toInstant(), retried.getDuedate().toInstant()))
                .as("first back-off step").isBetween(Duration.ofSeconds(55), Duration.ofSeconds(65));
        for (int attempt = 2; attempt <= 6; attempt++) {
            assertThatThrownBy(() -> managementService.executeJob(sendJob(exchange).getId())).hasMessageContaining("503");
        }
        assertThat(sendJob(exchange).getRetries()).isZero();
        Incident incident = runtimeService.createIncidentQuery().processInstanceId(exchange.getId()).singleResult();
        assertThat(incident).as("an incident for Cockpit").isNotNull();
        assertThat(incident.getIncidentMessage()).contains("Văn phòng đăng ký đất đai", "503");
        List<LoggedRequest> sent = agencies.findAll(postRequestedFor(urlEqualTo("/land-registry/cadastral-extracts")));
        assertThat(sent).hasSize(6).allSatisfy(r -> assertThat(r.getHeader("Idempotency-Key")).isEqualTo(key));
        assertThat(dossiers.get(dossier.code()).status()).isEqualTo(DossierStatus.IN_PROGRESS);
        assertThat(exchanges.find(key).orElseThrow().status()).isEqualTo(PartnerExchange.Status.OPEN);

        // The agency is back; the supervisor retries the job from Cockpit.
        agencies.stubFor(post("/land-registry/cadastral-extracts").willReturn(aResponse().withStatus(202)
                .withBody("{\"reference\":\"VP-9\",\"status\":\"ACCEPTED\"}")));
        managementService.setJobRetries(sendJob(exchange).getId(), 1);
        managementService.executeJob(sendJob(exchange).getId());
        assertThat(runtimeService.createIncidentQuery().processInstanceId(exchange.getId()).count()).isZero();
        PartnerExchange sentExchange = exchanges.find(key).orElseThrow();
        assertThat(sentExchange.status()).isEqualTo(PartnerExchange.Status.SENT);
        assertThat(sentExchange.agencyReference()).isEqualTo("VP-9");
    }

    /** A busy agency is designed behaviour: one WARN line, no ERROR, no stack trace; the engine still retries. */
    @Test
    void aBusyAgencyIsOneWarningLineNamingTheAgencyTheOperationAndTheRetry(CapturedOutput output) {
        agencies.stubFor(post("/land-registry/cadastral-extracts").willReturn(aResponse().withStatus(503)));
        Dossier dossier = receive("Lâm Văn Quý");
        ProcessInstance exchange = atTheRegistrationOffice(dossier);
        int before = output.length();

        assertThatThrownBy(() -> managementService.executeJob(sendJob(exchange).getId())).hasMessageContaining("503");

        String logged = output.toString().substring(before);
        assertThat(sendJob(exchange).getRetries()).as("the engine's retry is untouched").isEqualTo(5);
        assertThat(logged).contains("WARN").contains("Partner agency land-registry failed CADASTRAL_EXTRACT for file "
                + dossier.code()).contains("next attempt at").contains("5 left");
        assertThat(logged).doesNotContain("ERROR", "ENGINE-16004", "ENGINE-14006", "\tat ", "PartnerCallException:");
    }

    @Test
    void aSlowOrGarbledAgencyIsAFailedAttemptThatChangesNothing() {
        agencies.stubFor(post("/land-registry/cadastral-extracts").willReturn(aResponse().withStatus(202)
                .withFixedDelay(8000).withBody("{\"status\":\"ACCEPTED\"}")));
        ProcessInstance exchange = atTheRegistrationOffice(receive("Mạc Thị Yến"));
        String key = agencyStub.keyOf(exchange);

        assertThatThrownBy(() -> managementService.executeJob(sendJob(exchange).getId())).hasMessageContaining("Quá thời gian chờ");
        assertThat(sendJob(exchange).getRetries()).isEqualTo(5);

        agencies.stubFor(post("/land-registry/cadastral-extracts").willReturn(aResponse().withStatus(200)
                .withBody("Service Unavailable")));
        assertThatThrownBy(() -> managementService.executeJob(sendJob(exchange).getId())).hasMessageContaining("JSON");
        assertThat(sendJob(exchange).getRetries()).isEqualTo(4);
        assertThat(exchanges.find(key).orElseThrow().status()).isEqualTo(PartnerExchange.Status.OPEN);
    }

    @Test
    void theNewAppointmentAndAPauseWithItsReasonReachThePortal() {
        agencies.stubFor(post(urlPathMatching("/portal/dossier-statuses")).willReturn(aResponse().withStatus(200)
                .withBody("{\"status\":\"SYNCED\"}")));
        while (portalSync.sendPending() == PortalSync.BATCH) {
            // the demo office's and other tests' status changes go first
        }
        agencies.resetRequests();
        Dossier dossier = receive("Lâm Thị Hẹn");
        java.time.LocalDate newDue = dossier.dueDate().plusDays(14);
        java.time.LocalDate extended = dossiers.extend(dossier.code(), newDue, "Chờ ý kiến của Sở", "lanhdao1");
        dossiers.pauseClock(dossier.code(), "financialObligations", "system");
        while (portalSync.sendPending() == PortalSync.BATCH) {
            // keep sending until this file's rows are out
        }
        agencies.verify(1, postRequestedFor(urlEqualTo("/portal/dossier-statuses"))
                .withRequestBody(matchingJsonPath("$.dossierCode", equalTo(dossier.code())))
                .withRequestBody(matchingJsonPath("$.status", equalTo("APOLOGY_SENT")))
                .withRequestBody(matchingJsonPath("$.appointmentDate", equalTo(extended.toString()))));
        agencies.verify(1, postRequestedFor(urlEqualTo("/portal/dossier-statuses"))
                .withRequestBody(matchingJsonPath("$.dossierCode", equalTo(dossier.code())))
                .withRequestBody(matchingJsonPath("$.status", equalTo("CLOCK_PAUSED")))
                .withRequestBody(matchingJsonPath("$.paused", equalTo("true")))
                .withRequestBody(matchingJsonPath("$.statusLabel", containing("Tạm ngưng")))
                .withRequestBody(matchingJsonPath("$.pauseReason", containing("nghĩa vụ tài chính"))));
    }

    @Test
    void theApplicantIsToldOfAcceptanceTheNewDateAndAPauseOncePerChange() {
        agencies.stubFor(post(urlPathMatching("/messaging/notices")).willReturn(aResponse().withStatus(200)
                .withBody("{\"status\":\"SENT\"}")));
        while (notices.sendPending() == ApplicantNotices.BATCH) {
            // the demo office's and other tests' lines go first
        }
        agencies.resetRequests();
        Dossier dossier = dossiers.receive(new ReceivedFile("land-use-conversion", null, Channel.IN_PERSON,
                new Dossier.Applicant("Đoàn Thị Tin", "001203004599", "0912345678", "tin@example.vn", "Thôn Đông"),
                new Dossier.Parcel("12", "345", "Thôn Đông, xã Long Thành", "26041", false), "Chuyển mục đích", null),
                "tiepnhan1");
        notices.sendPending(); // the background pass, within seconds of the acceptance
        java.time.LocalDate extended = dossiers.extend(dossier.code(), dossier.dueDate().plusDays(14), "Chờ ý kiến của Sở",
                "lanhdao1");
        dossiers.pauseClock(dossier.code(), "financialObligations", "system");
        while (notices.sendPending() == ApplicantNotices.BATCH) {
            // until this file's lines are out
        }
        notices.sendPending();
        String due = vn.motcua.calendar.DayFormat.of(dossier.dueDate());
        agencies.verify(1, postRequestedFor(urlEqualTo("/messaging/notices"))
                .withRequestBody(matchingJsonPath("$.dossierCode", equalTo(dossier.code())))
                .withRequestBody(matchingJsonPath("$.kind", equalTo("IN_PROGRESS")))
                .withRequestBody(matchingJsonPath("$.phone", equalTo("0912345678")))
                .withRequestBody(matchingJsonPath("$.message", containing("Ngày hẹn trả kết quả: " + due))));
        agencies.verify(1, postRequestedFor(urlEqualTo("/messaging/notices"))
                .withRequestBody(matchingJsonPath("$.dossierCode", equalTo(dossier.code())))
                .withRequestBody(matchingJsonPath("$.kind", equalTo("APOLOGY_SENT")))
                .withRequestBody(matchingJsonPath("$.message", containing(vn.motcua.calendar.DayFormat.of(extended)))));
        agencies.verify(1, postRequestedFor(urlEqualTo("/messaging/notices"))
                .withRequestBody(matchingJsonPath("$.dossierCode", equalTo(dossier.code())))
                .withRequestBody(matchingJsonPath("$.kind", equalTo("CLOCK_PAUSED")))
                .withRequestBody(matchingJsonPath("$.message", containing("tạm ngưng")))
                .withRequestBody(matchingJsonPath("$.message", containing("nghĩa vụ tài chính"))));
        assertThat(agencies.findAll(postRequestedFor(urlEqualTo("/messaging/notices"))).stream()
                .map(r -> r.getHeader("Idempotency-Key")).distinct().count()).as("one key per line").isEqualTo(
                        agencies.findAll(postRequestedFor(urlEqualTo("/messaging/notices"))).size());

        // Without phone or e-mail nobody is told, and the line does not wait for ever.
        Dossier silent = receive("Không Liên Lạc");
        notices.sendPending();
        assertThat(jdbc.queryForObject("select count(*) from mc_dossier_status s join mc_history_outbox o on o.line_id = s.id"
                + " where s.dossier_id = ? and s.status = 'IN_PROGRESS' and o.receiver = 'NOTICE'"
                + " and o.delivered_at is not null and o.error like '%không để lại%'", Integer.class, silent.id())).isOne();
    }

    @Test
    void everyStatusChangeReachesThePortalAlsoThoseMadeWhileItWasDown() {
        agencies.stubFor(post(urlPathMatching("/portal/dossier-statuses")).willReturn(aResponse().withStatus(200)
                .withBody("{\"status\":\"SYNCED\"}")));
        while (portalSync.sendPending() == PortalSync.BATCH) {
            // the demo office's and other tests' status changes go first
        }
        agencies.resetRequests();
        Dossier dossier = receive("Châu Văn Long");
        portalSync.sendPending();
        List<String> statuses = jdbc.queryForList("select status from mc_dossier_status where dossier_id = ? and status in"
                + " ('RECEIVED', 'IN_PROGRESS') order by id", String.class, dossier.id());
        assertThat(statuses).containsExactly("RECEIVED", "IN_PROGRESS");
        agencies.verify(2, postRequestedFor(urlEqualTo("/portal/dossier-statuses"))
                .withRequestBody(matchingJsonPath("$.dossierCode", equalTo(dossier.code()))));
        agencies.verify(1, postRequestedFor(urlEqualTo("/portal/dossier-statuses"))
                .withRequestBody(matchingJsonPath("$.status", equalTo("IN_PROGRESS")))
                .withRequestBody(matchingJsonPath("$.dossierCode", equalTo(dossier.code()))));

        agencies.stubFor(post(urlPathMatching("/portal/dossier-statuses")).willReturn(aResponse().withStatus(503)));
        dossiers.requestWithdrawal(dossier.code(), "Người nộp rút hồ sơ", "tiepnhan1");
        portalSync.sendPending();
        Map<String, Object> pending = jdbc.queryForMap("select s.id, o.delivered_at, o.attempts, o.error from mc_dossier_status s"
                + " join mc_history_outbox o on o.line_id = s.id and o.receiver = 'PORTAL'"
                + " where s.dossier_id = ? and s.status = 'WITHDRAWN'", dossier.id());
        assertThat(pending.get("delivered_at")).isNull();
        assertThat(((Number) pending.get("attempts")).intValue()).isEqualTo(1);
        assertThat(pending.get("error").toString()).contains("503");

        portalSync.sendPending();
        assertThat(agencies.findAll(postRequestedFor(urlEqualTo("/portal/dossier-statuses"))
                .withRequestBody(matchingJsonPath("$.dossierCode", equalTo(dossier.code())))
                .withRequestBody(matchingJsonPath("$.status", equalTo("WITHDRAWN"))))).as("waits for its back-off").hasSize(1);

        agencies.stubFor(post(urlPathMatching("/portal/dossier-statuses")).willReturn(aResponse().withStatus(200)
                .withBody("{\"status\":\"SYNCED\"}")));
        ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(PortalSync.backoff(1)).plusSeconds(1)));
        portalSync.sendPending();
        assertThat(jdbc.queryForObject("select delivered_at from mc_history_outbox where receiver = 'PORTAL' and line_id = ?",
                java.sql.Timestamp.class, pending.get("id"))).isNotNull();
        List<LoggedRequest> withdrawn = agencies.findAll(postRequestedFor(urlEqualTo("/portal/dossier-statuses"))
                .withRequestBody(matchingJsonPath("$.dossierCode", equalTo(dossier.code())))
                .withRequestBody(matchingJsonPath("$.status", equalTo("WITHDRAWN"))));
        assertThat(withdrawn).hasSize(2).extracting(r -> r.getHeader("Idempotency-Key")).containsOnly("status-" + pending.get("id"));
        assertThat(jdbc.queryForObject("select count(*) from mc_dossier_status s join mc_history_outbox o on o.line_id = s.id"
                + " and o.receiver = 'PORTAL' where s.dossier_id = ? and o.delivered_at is not null"
                + " and s.status in ('RECEIVED', 'IN_PROGRESS', 'WITHDRAWN')", Integer.class, dossier.id())).isEqualTo(3);
    }

    @Test
    void applicantsAreCheckedAgainstThePopulationDatabaseAndAMismatchIsWrittenInTheFile() {
        agencies.stubFor(post("/population/citizen-checks").willReturn(aResponse().withStatus(503)));
        Dossier known = receive("Tống Văn Khải");
        Dossier unknown = dossiers.receive(new ReceivedFile("land-use-conversion", null, Channel.ONLINE,
                new Dossier.Applicant("Âu Thị Nga", "001403004567", null, null, "Thôn Tây"),
                new Dossier.Parcel("3", "41", "Thôn Tây, xã Long Thành", "26041", false), "Chuyển mục đích", null), "tiepnhan1");
        while (citizenChecks.checkPending() > 0) {
            // the population database is down: every file waits for its next attempt
        }
        assertThat(jdbc.queryForObject("select attempts from mc_citizen_check where dossier_id = ?", Integer.class,
                known.id())).isEqualTo(1);

        agencies.stubFor(post("/population/citizen-checks").willReturn(aResponse().withStatus(200)
                .withBody("{\"status\":\"MATCH\"}")));
        agencies.stubFor(post("/population/citizen-checks").withRequestBody(matchingJsonPath("$.idNumber", equalTo("001403004567")))
                .willReturn(aResponse().withStatus(200).withBody("{\"status\":\"MISMATCH\"}")));
        ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(PortalSync.backoff(1)).plusSeconds(1)));
        while (citizenChecks.checkPending() > 0) {
            // every waiting file is checked now
        }
        assertThat(jdbc.queryForObject("select result from mc_citizen_check where dossier_id = ?", String.class, known.id()))
                .isEqualTo("MATCH");
        assertThat(jdbc.queryForObject("select result from mc_citizen_check where dossier_id = ?", String.class, unknown.id()))
                .isEqualTo("MISMATCH");
        assertThat(jdbc.queryForList("select reason from mc_dossier_status where dossier_id = ? and status = 'CITIZEN_ID_MISMATCH'",
                String.class, unknown.id())).singleElement().asString().contains("001403004567", "không khớp");
        assertThat(jdbc.queryForObject("select count(*) from mc_dossier_status where dossier_id = ? and status = 'CITIZEN_ID_MISMATCH'",
                Integer.class, known.id())).isZero();
    }

    /** The 1022 hotline down at first: the answer waits, then goes with the same key, and is marked delivered once. */
    @Test
    void aComplaintAnswerWaitsForTheHotlineAndIsSentAgainWithTheSameKey() throws Exception {
        agencies.stubFor(post(urlEqualTo("/hotline/complaint-answers")).inScenario("hotline")
                .whenScenarioStateIs(com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED)
                .willReturn(aResponse().withStatus(503)).willSetStateTo("up"));
        agencies.stubFor(post(urlEqualTo("/hotline/complaint-answers")).inScenario("hotline").whenScenarioStateIs("up")
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody("{\"status\":\"RECEIVED\"}")));
        vn.motcua.support.HttpCalls calls = new vn.motcua.support.HttpCalls(port);
        String push = "{\"hotlineComplaintId\":\"1022-FAULT-1\",\"kind\":\"PHAN_ANH\",\"personName\":\"Lý Văn Toàn\","
                + "\"content\":\"Cán bộ hẹn gọi lại nhưng chưa gọi.\"}";
        long now = java.time.Instant.now().getEpochSecond();
        java.net.http.HttpResponse<String> pushed = calls.client().send(java.net.http.HttpRequest.newBuilder(
                calls.uri("/api/partners/hotline/complaints")).header("Content-Type", "application/json")
                .header(CallbackSignature.TIMESTAMP_HEADER, Long.toString(now))
                .header(CallbackSignature.SIGNATURE_HEADER, CallbackSignature.sign("demo-secret-hotline", now, push))
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(push)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(pushed.statusCode()).as(pushed.body()).isEqualTo(201);
        long id = jdbc.queryForObject("select id from mc_complaint where external_id = '1022-FAULT-1'", Long.class);
        assertThat(calls.post("/api/complaints/" + id + "/answer", "tiepnhan1:demo",
                "{\"answer\":\"Bộ phận Một cửa đã gọi lại cho ông.\"}").statusCode()).isEqualTo(200);

        assertThat(complaintAnswers.deliverPending()).isEqualTo(1);
        assertThat(jdbc.queryForObject("select delivered_at is null from mc_complaint where id = ?", Boolean.class, id)).isTrue();
        assertThat(complaintAnswers.deliverPending()).as("it waits before trying again").isZero();
        jdbc.update("update mc_complaint set delivery_lease_until = null where id = ?", id);
        assertThat(complaintAnswers.deliverPending()).isEqualTo(1);
        assertThat(jdbc.queryForObject("select delivered_at is not null from mc_complaint where id = ?", Boolean.class, id)).isTrue();
        List<LoggedRequest> sent = agencies.findAll(postRequestedFor(urlEqualTo("/hotline/complaint-answers")));
        assertThat(sent).hasSize(2).allSatisfy(r -> {
            assertThat(r.getHeader("Idempotency-Key")).isEqualTo("complaint-answer-" + id);
            assertThat(r.getBodyAsString()).contains("1022-FAULT-1").contains("đã gọi lại");
        });
    }
}
