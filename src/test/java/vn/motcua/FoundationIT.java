package vn.motcua;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Date;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.motcua.support.HttpCalls;
import vn.motcua.support.IntegrationTest;

/** What a newcomer sees after the run command: the webapps, REST API and health endpoint. */
@IntegrationTest
class FoundationIT {

    @LocalServerPort
    int port;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ManagementService managementService;
    @Autowired
    org.camunda.bpm.engine.ProcessEngine processEngine;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    private HttpCalls calls;

    @BeforeEach
    void client() {
        calls = new HttpCalls(port);
    }

    @Test
    void healthIsUp() throws Exception {
        HttpResponse<String> response = get("/actuator/health", null);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"UP\"");
    }

    @Test
    void tasklistCockpitAndAdminAnswer() throws Exception {
        for (String app : new String[] {"tasklist", "cockpit", "admin"}) {
            assertThat(get("/camunda/app/" + app + "/default/", null).statusCode()).as(app).isEqualTo(200);
        }
    }

    /** A wrong password would lock a demo officer for seconds and break other tests: use an unknown user. */
    @Test
    void engineRestRequiresAuthentication() throws Exception {
        assertThat(get("/engine-rest/process-definition/count", null).statusCode()).isEqualTo(401);
        assertThat(get("/engine-rest/process-definition/count", "khongtontai:wrong").statusCode()).isEqualTo(401);
        assertThat(get("/engine-rest/process-definition/count", "giamsat1:demo").statusCode()).isEqualTo(200);
    }

    @Test
    void projectApiRequiresAuthenticationWithReadableReason() throws Exception {
        HttpResponse<String> response = get("/api/dossiers/ANY", null);
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).contains("Cần đăng nhập");
    }

    @Test
    void publicCalendarAnswersWithoutLoginAndRefusesNonsense() throws Exception {
        HttpResponse<String> due = get("/api/calendar/due-date?from=2026-02-13&workingDays=1", null);
        assertThat(due.statusCode()).isEqualTo(200);
        assertThat(due.body()).contains("\"dueDate\":\"2026-02-23\"");
        HttpResponse<String> bad = get("/api/calendar/due-date?from=2026-02-30&workingDays=1", null);
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).doesNotContain("Exception");
        assertThat(get("/api/calendar/2026", null).body()).contains("2026-08-22");
    }

    /**
     * The desk sees in Tasklist when appointment dates rest on computed holidays: Tasklist loads the
     * banner script, which reads the public notices (no Basic login in a Tasklist session). Today
     * the engine's clock is in November 2026 and 2027 has no official schedule.
     */
    @Test
    void tasklistShowsTheDeskWhenNextYearsHolidaysAreOnlyComputed() throws Exception {
        String config = get("/camunda/app/tasklist/scripts/config.js", null).body();
        assertThat(config).containsPattern("customScripts: \\[[^\\]]*'scripts/holiday-notice.js'");
        HttpResponse<String> script = get("/camunda/app/tasklist/scripts/holiday-notice.js", null);
        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.headers().firstValue("Content-Type").orElse("")).contains("javascript");
        assertThat(script.body()).contains("pluginPoint: 'tasklist.navbar.action'", "/api/calendar/notices");

        ClockUtil.setCurrentTime(Date.from(java.time.LocalDate.of(2026, 11, 2).atTime(9, 0)
                .atZone(vn.motcua.calendar.DeadlineCalculator.ZONE).toInstant()));
        try {
            HttpResponse<String> notices = get("/api/calendar/notices", null);
            assertThat(notices.statusCode()).isEqualTo(200);
            assertThat(notices.body()).contains("\"on\":\"2026-11-02\"", "\"year\":2027",
                    "Chưa có văn bản chính thức về lịch nghỉ lễ, Tết năm 2027");
        } finally {
            ClockUtil.reset();
        }
        assertThat(get("/api/calendar/notices?on=2026-10-31", null).body()).contains("\"notices\":[]");
    }

    @Test
    void demoDeskOfficerLogsIntoTasklist() throws Exception {
        HttpResponse<String> response = calls.webappLogin("tasklist", "tiepnhan1", "demo");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"userId\":\"tiepnhan1\"").contains("tasklist").doesNotContain("cockpit");
    }

    /**
     * A timer that fails (here: its next step needs a variable nobody set) is tried again every five
     * minutes, five times, before it becomes an incident: escalations are not lost to a passing fault.
     */
    @Test
    void aFailingTimerJobIsRetriedFiveTimesFiveMinutesApart() {
        String deploymentId = repositoryService.createDeployment().name("timer-retry-probe")
                .addString("timer-retry-probe.bpmn", FAILING_TIMER).deploy().getId();
        try {
            String instance = runtimeService.startProcessInstanceByKey("timer-retry-probe").getId();
            Job timer = managementService.createJobQuery().processInstanceId(instance).timers().singleResult();
            Date failedAt = ClockUtil.getCurrentTime();

            assertThatThrownBy(() -> managementService.executeJob(timer.getId())).hasMessageContaining("noSuchVariable");

            Job failed = managementService.createJobQuery().jobId(timer.getId()).singleResult();
            assertThat(failed.getRetries()).as("retries left after the first of R5/PT5M").isEqualTo(4);
            assertThat(failed.getDuedate()).as("the next try, five minutes later")
                    .isCloseTo(Date.from(failedAt.toInstant().plus(Duration.ofMinutes(5))), 60_000);
        } finally {
            repositoryService.deleteDeployment(deploymentId, true);
        }
    }

    private static final String FAILING_TIMER = """
            <?xml version="1.0" encoding="UTF-8"?>
            <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
                id="timerRetryProbe" targetNamespace="http://motcua.vn/test">
              <process id="timer-retry-probe" name="Thử hẹn giờ lỗi" isExecutable="true" camunda:historyTimeToLive="1">
                <startEvent id="started"/>
                <intermediateCatchEvent id="waited">
                  <timerEventDefinition><timeDuration>PT1H</timeDuration></timerEventDefinition>
                </intermediateCatchEvent>
                <exclusiveGateway id="decided" default="toOtherwise"/>
                <endEvent id="ended"/>
                <endEvent id="otherwise"/>
                <sequenceFlow id="toWaited" sourceRef="started" targetRef="waited"/>
                <sequenceFlow id="toDecided" sourceRef="waited" targetRef="decided"/>
                <sequenceFlow id="toEnded" sourceRef="decided" targetRef="ended">
                  <conditionExpression>${noSuchVariable}</conditionExpression>
                </sequenceFlow>
                <sequenceFlow id="toOtherwise" sourceRef="decided" targetRef="otherwise"/>
              </process>
            </definitions>
            """;

    private HttpResponse<String> get(String path, String credentials) throws Exception {
        return calls.get(path, credentials);
    }

    /** Camunda's own SQL, run by Flyway: the engine only checks its tables and never changes them. */
    @Test
    void flywayCreatedTheEngineTablesAndTheEngineDoesNotTouchTheSchema() {
        assertThat(((org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl) processEngine
                .getProcessEngineConfiguration()).getDatabaseSchemaUpdate()).isEqualTo("false");
        assertThat(jdbc.queryForObject("select count(*) from \"flyway_schema_history\" where \"version\" = '17' and \"success\"",
                Integer.class)).isEqualTo(1);
        assertThat(jdbc.queryForList("select VERSION_ from ACT_GE_SCHEMA_LOG", String.class)).containsExactly("7.24.0");
    }

    /** Refused form data reaches the officer through delegates, not through a replaced expression language. */
    @Test
    void theEngineKeepsItsOwnExpressionManager() {
        assertThat(((org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl) processEngine
                .getProcessEngineConfiguration()).getExpressionManager().getClass())
                .isEqualTo(org.camunda.bpm.engine.spring.SpringExpressionManager.class);
    }
}
