package vn.motcua.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.ObjectMapper;

import vn.motcua.support.HttpCalls;
import vn.motcua.support.IntegrationTest;

/**
 * The attacks of a probe against a running instance, each replayed as it was made (issue 14, findings 1–6,
 * 10–12): deploying a model that runs code, a task completion that points the workflow at another unit's
 * file, account lockout by guessing, a read-only supervisor who writes, an analyst who reads personal data,
 * chunked bodies past the limit, officers on jobs, users and metrics, racing requests, and the rights the
 * README promises. Every test here failed on the main branch before the fix.
 */
@IntegrationTest
class SecurityProbeIT {

    private static final String DESK = "tiepnhan1:demo";
    private static final String SPECIALIST = "chuyenvien1:demo";
    private static final String COMMUNE = "xa1:demo";
    private static final String SUPERVISOR = "giamsat1:demo";
    private static final String ANALYST = "phantich1:demo";
    private static final String ADMIN = "admin:demo";
    private static final String GUESSED = "thudangnhap";
    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TaskService taskService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ManagementService managementService;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    LoginThrottle loginThrottle;
    @Autowired
    org.camunda.bpm.engine.IdentityService identityService;
    @Autowired
    org.springframework.context.ApplicationContext context;

    private HttpCalls calls;

    @BeforeEach
    void client() {
        calls = new HttpCalls(port);
    }

    @AfterEach
    void forgetFailedLogins() {
        loginThrottle.forgetAll();
    }

    // --- 1. a deploy right is not a shell --------------------------------------------------------------------

    @Test
    void aModelThatRunsCodeIsRefusedBeforeAnythingOfItRuns() throws Exception {
        Path proof = Files.createTempDirectory("probe").resolve("ran");
        String exec = "${''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null).exec('touch "
                + proof + "')}";
        List<Hostile> models = List.of(
                new Hostile("timer start runs Runtime.exec", "timerStart", process("probeTimer",
                        "<bpmn:startEvent id=\"timerStart\"><bpmn:timerEventDefinition><bpmn:timeDate>" + exec
                                + "</bpmn:timeDate></bpmn:timerEventDefinition></bpmn:startEvent>")),
                new Hostile("script task", "runScript", process("probeScript", "<bpmn:startEvent id=\"start\"/>"
                        + "<bpmn:scriptTask id=\"runScript\" scriptFormat=\"javascript\"><bpmn:script>java.lang.Runtime"
                        + ".getRuntime().exec('id')</bpmn:script></bpmn:scriptTask>")),
                new Hostile("unknown Java class", "callClass", process("probeClass", "<bpmn:startEvent id=\"start\"/>"
                        + "<bpmn:serviceTask id=\"callClass\" camunda:class=\"java.lang.ProcessBuilder\"/>")),
                new Hostile("script listener", "listened", process("probeListener", "<bpmn:startEvent id=\"listened\">"
                        + "<bpmn:extensionElements><camunda:executionListener event=\"start\"><camunda:script scriptFormat="
                        + "\"groovy\">'id'.execute()</camunda:script></camunda:executionListener></bpmn:extensionElements>"
                        + "</bpmn:startEvent>")),
                new Hostile("engine service from an expression", "callEngine", process("probeEngine",
                        "<bpmn:startEvent id=\"start\"/><bpmn:serviceTask id=\"callEngine\" camunda:expression="
                                + "\"${processEngine.getRuntimeService().deleteProcessInstance('x', 'y')}\"/>")),
                new Hostile("reflection on the execution", "flow", process("probeReflection",
                        "<bpmn:startEvent id=\"start\"/><bpmn:endEvent id=\"end\"/><bpmn:sequenceFlow id=\"flow\" "
                                + "sourceRef=\"start\" targetRef=\"end\"><bpmn:conditionExpression xsi:type=\""
                                + "bpmn:tFormalExpression\">${execution.getClass().getClassLoader() != null}"
                                + "</bpmn:conditionExpression></bpmn:sequenceFlow>")),
                new Hostile("embedded HTML form", "htmlForm", process("probeForm", "<bpmn:startEvent id=\"start\"/>"
                        + "<bpmn:userTask id=\"htmlForm\" camunda:formKey=\"embedded:deployment:evil.html\"/>")));

        List<String> failures = new ArrayList<>();
        for (Hostile model : models) {
            HttpResponse<String> answer = deploy(ANALYST, "probe.bpmn", model.bpmn());
            if (answer.statusCode() != 400 || !answer.body().contains(model.element())
                    || !answer.body().contains("không được phép")) {
                failures.add(model.name() + " → " + answer.statusCode() + " " + abbreviate(answer.body()));
            }
        }
        HttpResponse<String> script = deploy(ANALYST, "evil.js", "java.lang.Runtime.getRuntime().exec('id')");
        if (script.statusCode() != 400 || !script.body().contains("evil.js")) {
            failures.add("a script resource → " + script.statusCode() + " " + abbreviate(script.body()));
        }
        assertThat(failures).isEmpty();
        assertThat(proof).as("the command never ran").doesNotExist();
        assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKeyLike("probe%").count())
                .as("nothing of the refused models was deployed").isZero();

        // A model within the rules deploys as Camunda Modeler deploys it: the diagram alone.
        HttpResponse<String> fine = deploy(ANALYST, "probe-allowed.bpmn", process("probeAllowed",
                "<bpmn:startEvent id=\"start\"/><bpmn:serviceTask id=\"checkExtension\" camunda:expression="
                        + "\"${dossierProcess.isExtended(execution) &amp;&amp; execution.processBusinessKey != null}\"/>"
                        + "<bpmn:endEvent id=\"end\"/><bpmn:sequenceFlow id=\"toCheck\" sourceRef=\"start\" targetRef="
                        + "\"checkExtension\"/><bpmn:sequenceFlow id=\"toEnd\" sourceRef=\"checkExtension\" targetRef=\"end\"/>"));
        assertThat(fine.statusCode()).as(fine.body()).isEqualTo(200);
        repositoryService.deleteDeployment(JSON.readTree(fine.body()).path("id").asText(), true);
    }

    @Test
    void theProcessApiNamesBeansAndMethodsThatExist() {
        ProcessApi.BEAN_METHODS.forEach((bean, methods) -> {
            assertThat(context.containsBean(bean)).as(bean).isTrue();
            List<String> declared = java.util.Arrays.stream(org.springframework.aop.support.AopUtils
                    .getTargetClass(context.getBean(bean)).getMethods()).map(java.lang.reflect.Method::getName).toList();
            assertThat(declared).as(bean).containsAll(methods);
        });
        ProcessApi.DELEGATES.forEach(bean -> assertThat(context.containsBean(bean)).as(bean).isTrue());
    }

    // --- 2. a task completion sets only its form's fields ----------------------------------------------------

    @Test
    void anOfficerCannotPointHisTaskAtAnotherUnitsFile() throws Exception {
        String own = HttpCalls.fileCode(calls.post("/api/dossiers", DESK, file("Trương Văn Khải", "001203004581")));
        String other = HttpCalls.fileCode(calls.post("/api/dossiers", DESK, file("Mai Thị Lụa", "001203004582")));
        Task task = appraisal(own);
        String t = "/engine-rest/task/" + task.getId();
        assertThat(calls.post(t + "/claim", SPECIALIST, "{\"userId\":\"chuyenvien1\"}").statusCode()).isEqualTo(204);

        String hijack = "{\"variables\":{\"dossierCode\":{\"value\":\"" + other + "\",\"type\":\"String\"},"
                + "\"appraisalDecision\":{\"value\":\"SUPPLEMENT\",\"type\":\"String\"},"
                + "\"appraisalFindings\":{\"value\":\"Thiếu bản vẽ hiện trạng thửa đất\",\"type\":\"String\"},"
                + "\"supplementItems\":{\"value\":\"Bản vẽ hiện trạng\",\"type\":\"String\"}}}";
        List<String> failures = new ArrayList<>();
        expect(failures, "complete with dossierCode", calls.post(t + "/complete", SPECIALIST, hijack), 400, "dossierCode");
        expect(failures, "submit-form with dossierCode", calls.post(t + "/submit-form", SPECIALIST, hijack), 400,
                "dossierCode");
        expect(failures, "PUT a task variable", calls.send("PUT", t + "/variables/dossierCode", SPECIALIST,
                "{\"value\":\"" + other + "\",\"type\":\"String\"}"), 403, null);
        expect(failures, "POST task variables", calls.post(t + "/variables", SPECIALIST, "{\"modifications\":"
                + "{\"dossierCode\":{\"value\":\"" + other + "\",\"type\":\"String\"}}}"), 403, null);
        expect(failures, "PUT a local task variable", calls.send("PUT", t + "/localVariables/dossierCode", SPECIALIST,
                "{\"value\":\"" + other + "\",\"type\":\"String\"}"), 403, null);
        expect(failures, "an unknown choice", calls.post(t + "/complete", SPECIALIST, appraisalForm("FOO")), 400,
                "Kết luận thẩm định");
        expect(failures, "a required field missing", calls.post(t + "/complete", SPECIALIST,
                "{\"variables\":{\"appraisalDecision\":{\"value\":\"PROCEED\",\"type\":\"String\"}}}"), 400, "Cần ghi");
        expect(failures, "the Tasklist door, with dossierCode", BadInputSweepIT.Tasklist.login(port, "chuyenvien1")
                .send("POST", "/camunda/api/engine/engine/default/task/" + task.getId() + "/submit-form", hijack), 400,
                "dossierCode");
        assertThat(failures).isEmpty();

        assertThat(status(other)).as("the other file never moved").isEqualTo("IN_PROGRESS");
        assertThat(status(own)).isEqualTo("IN_PROGRESS");
        assertThat(runtimeService.getVariable(task.getProcessInstanceId(), "dossierCode")).isEqualTo(own);
        assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).as("the task is still open").isOne();

        // Within its form, the same officer completes the step.
        assertThat(calls.post(t + "/complete", SPECIALIST, appraisalForm("PROCEED")).statusCode()).isEqualTo(204);
    }

    @Test
    void theDeskCannotStartAProcessOnAnotherFilesCode() throws Exception {
        String other = HttpCalls.fileCode(calls.post("/api/dossiers", DESK, file("Vi Văn Tấn", "001203004583")));
        String start = "/engine-rest/process-definition/key/land-use-conversion/submit-form";
        String withCode = "{\"variables\":{\"dossierCode\":{\"value\":\"" + other + "\",\"type\":\"String\"},"
                + "\"receptionOutcome\":{\"value\":\"COMPLETE\",\"type\":\"String\"}}}";
        List<String> failures = new ArrayList<>();
        expect(failures, "start form with dossierCode", calls.post(start, DESK, withCode), 400, "dossierCode");
        expect(failures, "start with a business key", calls.post("/engine-rest/process-definition/key/land-use-conversion"
                + "/start", DESK, "{\"businessKey\":\"" + other + "\"}"), 400, null);
        assertThat(failures).isEmpty();
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(other)
                .processDefinitionKey("land-use-conversion").count()).as("only the file's own process").isOne();
    }

    // --- 3. guessing passwords slows the guesser and never locks an account for good ---------------------------

    @Test
    void wrongPasswordsAreThrottledAndNeverLockTheAccount() throws Exception {
        // An account of its own: other tests of the shared context delete or use the demo officers.
        if (identityService.createUserQuery().userId(GUESSED).count() == 0) {
            var user = identityService.newUser(GUESSED);
            user.setFirstName("Thử");
            user.setLastName("Đăng nhập");
            user.setPassword("demo");
            identityService.saveUser(user);
            identityService.createMembership(GUESSED, "desk");
        }
        List<String> failures = new ArrayList<>();
        String door = "/engine-rest/user/" + GUESSED + "/profile";
        for (int i = 0; i < 14; i++) {
            int status = calls.get(door, GUESSED + ":sai-mat-khau-" + i).statusCode();
            if (status != 401 && status != 429) {
                failures.add("wrong password " + i + " → " + status);
            }
        }
        HttpResponse<String> throttled = calls.get(door, GUESSED + ":sai");
        expect(failures, "a guess while throttled", throttled, 429, "thử lại");
        if (throttled.headers().firstValue("Retry-After").isEmpty()) {
            failures.add("429 without Retry-After");
        }
        assertThat(failures).isEmpty();
        assertThat(eventually(() -> calls.get(door, GUESSED + ":demo").statusCode(), 200, Duration.ofSeconds(12)))
                .as("the right password works again once the delay has passed").isEqualTo(200);
        assertThat(jdbc.queryForObject("select count(*) from act_id_user where id_ = ? and attempts_ > 0",
                Integer.class, GUESSED)).as("the engine's counter is reset by the good login").isZero();

        // The other doors throttle the same way: the project API, the webapps' login and the dashboard's.
        for (int i = 0; i < 14; i++) {
            calls.get("/api/procedures", GUESSED + ":sai-" + i);
        }
        expect(failures, "the project API while throttled", calls.get("/api/procedures", GUESSED + ":demo"), 429, null);
        loginThrottle.forgetAll();
        for (int i = 0; i < 14; i++) {
            webappLogin(GUESSED, "sai-" + i);
        }
        expect(failures, "the webapp login while throttled", webappLogin(GUESSED, "demo"), 429, null);
        loginThrottle.forgetAll();
        HttpCalls browser = new HttpCalls(port);
        for (int i = 0; i < 14; i++) {
            dashboardLogin(browser, GUESSED, "sai-" + i);
        }
        expect(failures, "the dashboard login while throttled", dashboardLogin(browser, GUESSED, "demo"), 429,
                "thử lại");
        assertThat(failures).isEmpty();
    }

    // --- 4. read-only means read-only ---------------------------------------------------------------------------

    @Test
    void theSupervisorWritesNothing() throws Exception {
        String code = HttpCalls.fileCode(calls.post("/api/dossiers", DESK, file("Quách Thị Nga", "001203004584")));
        Task task = appraisal(code);
        String t = "/engine-rest/task/" + task.getId();
        // An attachment another user added (through the Java API: officers' attachments are issue 18's).
        String attachment = taskService.createAttachment("text/plain", task.getId(), null, "bien-ban.txt",
                "Biên bản kiểm tra thực địa", "https://motcua.example/bien-ban.txt").getId();

        List<String> failures = new ArrayList<>();
        expect(failures, "comment", calls.post(t + "/comment/create", SUPERVISOR, "{\"message\":\"Đã xem\"}"), 403, null);
        expect(failures, "attachment", multipart(SUPERVISOR, t + "/attachment/create", "attachment-name", "x.txt",
                "content", "x".getBytes(StandardCharsets.UTF_8)), 403, null);
        expect(failures, "delete another user's attachment", calls.send("DELETE", t + "/attachment/" + attachment,
                SUPERVISOR, null), 403, null);
        expect(failures, "claim", calls.post(t + "/claim", SUPERVISOR, "{\"userId\":\"giamsat1\"}"), 403, null);
        assertThat(failures).isEmpty();
        assertThat(taskService.getTaskAttachments(task.getId())).hasSize(1);
        assertThat(taskService.getTaskComments(task.getId())).isEmpty();

        HttpResponse<String> huge = multipart(SPECIALIST, t + "/attachment/create", "attachment-name", "lon.pdf",
                "content", new byte[30 * 1024 * 1024]);
        assertThat(huge.statusCode()).as("a 30 MB attachment").isEqualTo(413);
        assertThat(huge.body()).contains("quá lớn");
        assertThat(taskService.getTaskAttachments(task.getId())).hasSize(1);
    }

    // --- 5. personal data only for those who may read the file --------------------------------------------------

    @Test
    void theAnalystReadsNoApplicantsPersonalData() throws Exception {
        HttpCalls.fileCode(calls.post("/api/dossiers", DESK, file("Ông Văn Lộc", "001203004585")));
        for (String path : List.of("/engine-rest/history/variable-instance?variableName=applicantName",
                "/engine-rest/history/variable-instance", "/engine-rest/history/detail", "/engine-rest/variable-instance",
                "/engine-rest/history/process-instance")) {
            HttpResponse<String> answer = calls.get(path, ANALYST);
            assertThat(answer.body()).as(path).doesNotContain("001203004585").doesNotContain("Ông Văn Lộc");
            if (path.contains("process-instance")) {
                assertThat(answer.body()).as(path + ": file codes are personal data's keys").doesNotContain("H57");
            }
        }
        assertThat(calls.get("/engine-rest/history/variable-instance?variableName=applicantName", SUPERVISOR).body())
                .as("the supervisor reads every file").contains("Ông Văn Lộc");
    }

    // --- 6. the body limit holds for chunked bodies -------------------------------------------------------------

    @Test
    void chunkedBodiesPastTheLimitAreRefusedUnread() throws Exception {
        long files = jdbc.queryForObject("select count(*) from mc_dossier", Long.class);
        String big = file("Nguyễn Văn Dài", "001203004586").replace("\"requestSummary\":\"\"",
                "\"requestSummary\":\"" + "x".repeat(5 * 1024 * 1024) + "\"");
        HttpResponse<String> reception = chunked("/api/dossiers", DESK, big.getBytes(StandardCharsets.UTF_8));
        assertThat(reception.statusCode()).as(abbreviate(reception.body())).isEqualTo(413);
        assertThat(reception.body()).contains("quá lớn");
        assertThat(jdbc.queryForObject("select count(*) from mc_dossier", Long.class)).isEqualTo(files);

        HttpResponse<String> callback = chunked("/api/partners/tax/callbacks", null, new byte[50 * 1024 * 1024]);
        assertThat(callback.statusCode()).isEqualTo(413);
        HttpResponse<String> engine = chunked("/engine-rest/task", SPECIALIST, new byte[5 * 1024 * 1024]);
        assertThat(engine.statusCode()).isEqualTo(413);
    }

    // --- 10. officers on jobs, their own user record and metrics ------------------------------------------------

    @Test
    void officersNeitherRunJobsNorRenameThemselvesNorReadMetrics() throws Exception {
        List<Job> cleanup = managementService.createJobQuery().list().stream()
                .filter(j -> j.getProcessDefinitionId() == null).toList();
        List<String> failures = new ArrayList<>();
        String job = cleanup.isEmpty() ? "unknown" : cleanup.get(0).getId();
        expect(failures, "suspend the history cleanup", calls.send("PUT", "/engine-rest/job/" + job + "/suspended",
                COMMUNE, "{\"suspended\":true}"), 403, null);
        expect(failures, "reschedule it", calls.send("PUT", "/engine-rest/job/" + job + "/duedate", COMMUNE,
                "{\"duedate\":\"2030-01-01T00:00:00.000+0700\"}"), 403, null);
        expect(failures, "run it", calls.post("/engine-rest/job/" + job + "/execute", COMMUNE, null), 403, null);
        expect(failures, "rename himself", calls.send("PUT", "/engine-rest/user/xa1/profile", COMMUNE,
                "{\"id\":\"xa1\",\"firstName\":\"Giám đốc\",\"lastName\":\"Sở\",\"email\":\"x@x.vn\"}"), 403, null);
        expect(failures, "delete himself", calls.send("DELETE", "/engine-rest/user/xa1", COMMUNE, null), 403, null);
        expect(failures, "read metrics", calls.get("/engine-rest/metrics/activity-instance-start/sum", COMMUNE), 403, null);
        assertThat(failures).isEmpty();
        assertThat(jdbc.queryForObject("select first_ from act_id_user where id_ = 'xa1'", String.class))
                .isEqualTo("Bùi Thị");
        assertThat(managementService.createJobQuery().suspended().list().stream()
                .filter(j -> j.getProcessDefinitionId() == null)).isEmpty();
        assertThat(calls.get("/engine-rest/metrics/activity-instance-start/sum", ADMIN).statusCode()).isEqualTo(200);

        // The password stays the officer's own to change.
        assertThat(calls.send("PUT", "/engine-rest/user/xa1/credentials", COMMUNE,
                "{\"password\":\"MatKhauMoi-2026\",\"authenticatedUserPassword\":\"demo\"}").statusCode()).isEqualTo(204);
        assertThat(calls.send("PUT", "/engine-rest/user/xa1/credentials", "xa1:MatKhauMoi-2026",
                "{\"password\":\"demo\",\"authenticatedUserPassword\":\"MatKhauMoi-2026\"}").statusCode()).isEqualTo(204);
    }

    // --- 11. racing requests get 409 or 404, never 500 -----------------------------------------------------------

    @Test
    void theLoserOfARaceGetsAConflictNotAServerError() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Integer> statuses = new ArrayList<>();
            for (int round = 0; round < 4; round++) {
                String code = HttpCalls.fileCode(calls.post("/api/dossiers", DESK, file("Lục Văn Đua", "00120300459" + round)));
                String withdrawal = "/api/dossiers/" + code + "/withdrawal";
                String body = "{\"reason\":\"Người nộp xin rút hồ sơ\"}";
                statuses.addAll(race(pool, () -> calls.post(withdrawal, DESK, body).statusCode()));

                String other = HttpCalls.fileCode(calls.post("/api/dossiers", DESK, file("Lục Thị Tranh", "00120300460" + round)));
                Task task = appraisal(other);
                calls.post("/engine-rest/task/" + task.getId() + "/claim", SPECIALIST, "{\"userId\":\"chuyenvien1\"}");
                statuses.addAll(race(pool, () -> calls.post("/engine-rest/task/" + task.getId() + "/complete", SPECIALIST,
                        appraisalForm("PROCEED")).statusCode()));
            }
            assertThat(statuses).as("every racer got an answer a client can act on")
                    .allMatch(s -> s == 200 || s == 204 || s == 404 || s == 409);
        } finally {
            pool.shutdownNow();
        }
    }

    // --- 12. rights as the README says them ----------------------------------------------------------------------

    @Test
    void supervisorsRetryFailedJobsAndOfficersUnclaimTheirOwnTasks() throws Exception {
        String code = HttpCalls.fileCode(calls.post("/api/dossiers", DESK, file("Lò Văn Thử", "001203004587")));
        Job job = managementService.createJobQuery().processInstanceId(runtimeService.createProcessInstanceQuery()
                .processInstanceBusinessKey(code).list().get(0).getId()).list().stream().findFirst()
                .orElseGet(() -> managementService.createJobQuery().list().stream()
                        .filter(j -> j.getProcessDefinitionId() != null).findFirst().orElseThrow());
        managementService.setJobRetries(job.getId(), 0);
        HttpResponse<String> retry = calls.send("PUT", "/engine-rest/job/" + job.getId() + "/retries", SUPERVISOR,
                "{\"retries\":1}");
        assertThat(retry.statusCode()).as(retry.body()).isEqualTo(204);
        assertThat(managementService.createJobQuery().jobId(job.getId()).singleResult().getRetries()).isEqualTo(1);

        Task task = appraisal(code);
        String t = "/engine-rest/task/" + task.getId();
        assertThat(calls.post(t + "/claim", SPECIALIST, "{\"userId\":\"chuyenvien1\"}").statusCode()).isEqualTo(204);
        HttpResponse<String> unclaim = calls.post(t + "/unclaim", SPECIALIST, null);
        assertThat(unclaim.statusCode()).as(unclaim.body()).isEqualTo(204);
        assertThat(taskService.createTaskQuery().taskId(task.getId()).singleResult().getAssignee()).isNull();
        // Another officer of the unit may not take it from a colleague.
        assertThat(calls.post(t + "/claim", "chuyenvien2:demo", "{\"userId\":\"chuyenvien2\"}").statusCode()).isEqualTo(204);
        assertThat(calls.post(t + "/unclaim", SPECIALIST, null).statusCode()).isEqualTo(403);
        assertThat(calls.post(t + "/assignee", SPECIALIST, "{\"userId\":\"chuyenvien1\"}").statusCode()).isEqualTo(403);
        assertThat(taskService.createTaskQuery().taskId(task.getId()).singleResult().getAssignee()).isEqualTo("chuyenvien2");
    }

    // --- helpers ------------------------------------------------------------------------------------------------

    record Hostile(String name, String element, String bpmn) {
    }

    private static String process(String id, String content) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                    id="defs" targetNamespace="http://bpmn.io/schema/bpmn">
                  <bpmn:process id="%s" name="Thử" isExecutable="true" camunda:historyTimeToLive="1">%s</bpmn:process>
                </bpmn:definitions>
                """.formatted(id, content);
    }

    private HttpResponse<String> deploy(String credentials, String fileName, String content) throws Exception {
        return multipart(credentials, "/engine-rest/deployment/create", "deployment-name", "probe",
                fileName, content.getBytes(StandardCharsets.UTF_8));
    }

    /** One text part and one file part, as Camunda Modeler and Tasklist send them. */
    private HttpResponse<String> multipart(String credentials, String path, String textName, String textValue,
            String fileName, byte[] content) throws Exception {
        String boundary = "----motcua" + System.nanoTime();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + textName + "\"\r\n\r\n" + textValue
                + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"deployment-source\"\r\n\r\nCamunda Modeler"
                + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileName + "\"; filename=\""
                + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + content.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(content, 0, body, head.length, content.length);
        System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
        HttpRequest request = HttpRequest.newBuilder(calls.uri(path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Authorization", HttpCalls.basic(credentials))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        return send(request);
    }

    /** No Content-Length: the body comes in chunks, as a client that hides its size sends it. */
    private HttpResponse<String> chunked(String path, String credentials, byte[] body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(calls.uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body)));
        if (credentials != null) {
            request.header("Authorization", HttpCalls.basic(credentials));
        }
        return send(request.build());
    }

    private HttpResponse<String> send(HttpRequest request) throws Exception {
        try {
            return calls.client().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            // A server that refuses a body early may close the connection while the client still writes.
            throw new AssertionError("the server broke the connection instead of answering: " + e, e);
        }
    }

    private HttpResponse<String> webappLogin(String user, String password) throws Exception {
        HttpCalls browser = new HttpCalls(port);
        return browser.webappLogin("tasklist", user, password);
    }

    private HttpResponse<String> dashboardLogin(HttpCalls browser, String user, String password) throws Exception {
        Matcher token = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"")
                .matcher(browser.get("/supervision/login", null).body());
        assertThat(token.find()).as("CSRF token on the login page").isTrue();
        String form = "username=" + user + "&password=" + password + "&_csrf="
                + java.net.URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
        return browser.client().send(HttpRequest.newBuilder(browser.uri("/supervision/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static List<Integer> race(ExecutorService pool, Callable<Integer> call) throws Exception {
        Future<Integer> a = pool.submit(call);
        Future<Integer> b = pool.submit(call);
        return List.of(a.get(), b.get());
    }

    private static int eventually(Callable<Integer> call, int wanted, Duration patience) throws Exception {
        Instant giveUp = Instant.now().plus(patience);
        int last = call.call();
        while (last != wanted && Instant.now().isBefore(giveUp)) {
            Thread.sleep(250);
            last = call.call();
        }
        return last;
    }

    private static void expect(List<String> failures, String what, HttpResponse<String> answer, int status, String reason) {
        if (answer.statusCode() != status || (reason != null && !answer.body().contains(reason))) {
            failures.add(what + " → " + answer.statusCode() + " " + abbreviate(answer.body()));
        }
        if (answer.body().contains("Exception\"") || answer.body().contains("\tat ")) {
            failures.add(what + " leaks an exception: " + abbreviate(answer.body()));
        }
    }

    private String status(String code) throws Exception {
        return JSON.readTree(calls.get("/api/dossiers/" + code, DESK).body()).path("status").asText();
    }

    private Task appraisal(String code) {
        return taskService.createTaskQuery().processInstanceBusinessKey(code).taskDefinitionKey("appraiseFile")
                .singleResult();
    }

    private static String appraisalForm(String decision) {
        return "{\"variables\":{\"appraisalDecision\":{\"value\":\"" + decision + "\",\"type\":\"String\"},"
                + "\"appraisalFindings\":{\"value\":\"Đủ điều kiện, đã kiểm tra thực địa\",\"type\":\"String\"}}}";
    }

    private static String file(String name, String idNumber) {
        return "{\"procedureKey\":\"land-use-conversion\",\"channel\":\"IN_PERSON\","
                + "\"applicant\":{\"fullName\":\"" + name + "\",\"idNumber\":\"" + idNumber + "\",\"address\":\"Thôn Đông\"},"
                + "\"parcel\":{\"communeCode\":\"26041\",\"mapSheet\":\"12\",\"parcelNumber\":\"345\",\"address\":\"Thôn Đông, xã Long Thành\"},"
                + "\"requestSummary\":\"\"}";
    }



    private static String abbreviate(String text) {
        return text == null ? "" : text.length() <= 200 ? text : text.substring(0, 200) + "…";
    }
}
