package vn.motcua.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.motcua.dossier.Channel;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierService;
import vn.motcua.dossier.ReceivedFile;
import vn.motcua.support.HttpCalls;
import vn.motcua.support.IntegrationTest;

/**
 * Cockpit as the supervisors use it: a file is found by its code, with the variables that
 * identify it; incidents are visible; nothing can be changed; history is cleaned up by policy.
 * Calls go through the engine's REST API, which Cockpit itself uses, with the supervisor's rights.
 */
@IntegrationTest
class SupervisorCockpitIT {

    private static final String SUPERVISOR = "giamsat1:demo";

    @LocalServerPort
    int port;
    @Autowired
    DossierService dossiers;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    ProcessEngine engine;

    @Test
    void onlySupervisorsAndAnalystsLogIntoCockpit() throws Exception {
        assertThat(cockpitLogin("giamsat1").statusCode()).isEqualTo(200);
        assertThat(cockpitLogin("tiepnhan1").statusCode()).isEqualTo(403);
        assertThat(cockpitLogin("lanhdao1").statusCode()).isEqualTo(403);
    }

    @Test
    void aSupervisorFindsAFileByItsCodeWithTheVariablesThatIdentifyIt() throws Exception {
        Dossier dossier = receive("47");
        ProcessInstance instance = instanceOf(dossier);

        // Cockpit's search by business key (= file code), running and in history.
        assertThat(ok(http().get("/engine-rest/process-instance?businessKey=" + dossier.code(), SUPERVISOR)))
                .contains(instance.getId());
        assertThat(ok(http().get("/engine-rest/history/process-instance?processInstanceBusinessKey=" + dossier.code(),
                SUPERVISOR))).contains(instance.getId()).contains("\"processDefinitionKey\":\"land-use-conversion\"");
        // ... and by variable, as Cockpit's instance filter asks.
        assertThat(ok(http().post("/engine-rest/process-instance", SUPERVISOR,
                "{\"variables\":[{\"name\":\"dossierCode\",\"operator\":\"eq\",\"value\":\"" + dossier.code() + "\"}]}")))
                .contains(instance.getId());
        String variables = ok(http().get("/engine-rest/history/variable-instance?processInstanceId=" + instance.getId(),
                SUPERVISOR));
        assertThat(variables).contains("\"name\":\"dossierCode\"", "\"value\":\"" + dossier.code() + "\"",
                "\"name\":\"applicantName\"", "\"value\":\"Mai Văn Tâm\"",
                "\"name\":\"dossierDueDate\"", "\"value\":\"" + dossier.dueDate() + "\"");
    }

    @Test
    void aSupervisorSeesIncidentsButCannotChangeTheFile() throws Exception {
        ProcessInstance instance = instanceOf(receive("48"));
        // As a partner call that ran out of retries would leave it, on the step that waits.
        String execution = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult().getExecutionId();
        Incident incident = runtimeService.createIncident("partnerCall", execution, "tax", "Cơ quan thuế không trả lời");
        try {
            assertThat(ok(http().get("/engine-rest/incident?processInstanceId=" + instance.getId(), SUPERVISOR)))
                    .contains(incident.getId()).contains("Cơ quan thuế không trả lời");

            assertThat(http().send("DELETE", "/engine-rest/process-instance/" + instance.getId(), SUPERVISOR, null)
                    .statusCode()).isEqualTo(403);
            assertThat(http().send("PUT", "/engine-rest/process-instance/" + instance.getId() + "/variables/dossierDueDate",
                    SUPERVISOR, "{\"value\":\"2099-01-01\",\"type\":\"String\"}").statusCode()).isEqualTo(403);
            assertThat(http().send("PUT", "/engine-rest/process-instance/" + instance.getId() + "/suspended", SUPERVISOR,
                    "{\"suspended\":true}").statusCode()).isEqualTo(403);
            assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance.getId()).active().count())
                    .isEqualTo(1);
        } finally {
            runtimeService.resolveIncident(incident.getId());
        }
    }

    @Test
    void historyIsCleanedUpAtNightAfterEachProcessesTimeToLive() throws Exception {
        ProcessEngineConfigurationImpl config = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        assertThat(config.getHistoryCleanupBatchWindowStartTime()).isEqualTo("20:00");
        assertThat(config.getHistoryCleanupBatchWindowEndTime()).isEqualTo("06:00");
        assertThat(config.getHistoryCleanupStrategy()).isEqualTo("removalTimeBased");
        // measured in docs/benchmark.md ("History that lasts ten years"): one job, full batches
        assertThat(config.getHistoryCleanupBatchSize()).isEqualTo(500);
        assertThat(config.getHistoryCleanupDegreeOfParallelism()).isEqualTo(1);
        // rows of no process, which no process's time to live would ever remove
        assertThat(config.getHistoryCleanupJobLogTimeToLive()).isEqualTo("P30D");
        assertThat(config.getTaskMetricsTimeToLive()).isEqualTo("P730D");
        assertThat(ok(http().get("/engine-rest/history/cleanup/configuration", "admin:demo")))
                .contains("\"enabled\":true");
        // A procedure's history outlives the shared parts it calls: the root's time to live decides.
        assertThat(repositoryService.createProcessDefinitionQuery().latestVersion().list()).isNotEmpty()
                .allSatisfy(definition -> assertThat(definition.getHistoryTimeToLive()).as(definition.getKey())
                        .isNotNull().isPositive());
    }

    private Dossier receive(String parcelNumber) {
        return dossiers.receive(new ReceivedFile("land-use-conversion", null, Channel.ONLINE,
                new Dossier.Applicant("Mai Văn Tâm", "001203009999", null, null, "Xã Long Thành"),
                new Dossier.Parcel("7", parcelNumber, "Ấp 3", "26041", false), null, null), "tiepnhan1");
    }

    private ProcessInstance instanceOf(Dossier dossier) {
        return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(dossier.code())
                .processDefinitionKey("land-use-conversion").singleResult();
    }

    private HttpResponse<String> cockpitLogin(String user) throws Exception {
        return http().webappLogin("cockpit", user, "demo");
    }

    private HttpCalls http() {
        return new HttpCalls(port);
    }

    private static String ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }
}
