package vn.motcua.engine.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.motcua.dossier.Channel;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierService;
import vn.motcua.dossier.DossierWorkflow;
import vn.motcua.dossier.ReceivedFile;
import vn.motcua.support.HttpCalls;
import vn.motcua.support.IntegrationTest;
import vn.motcua.workqueue.WorkQueue;

/**
 * "Việc của đơn vị" and "Việc của tôi" served from the work queue hold exactly what the engine's own query
 * holds, for the unit (the officer) and for nobody else, as tasks are claimed, handed back, completed and
 * escalated; and a request the queue cannot answer the same way goes to the engine.
 */
@IntegrationTest
class WorkQueueListsIT {

    private static final String OFFICER = "chuyenvien1:demo";
    private static final String OTHER_UNIT = "thue1:demo";
    /** What Tasklist posts (task-cards.js sorts by the appointment). */
    private static final String TASKLIST_BODY = "{\"processVariables\":[],\"taskVariables\":[],\"caseInstanceVariables\":[],"
            + "\"firstResult\":0,\"maxResults\":15,\"active\":true,"
            + "\"orQueries\":[],\"sorting\":[{\"sortBy\":\"processVariable\",\"sortOrder\":\"asc\",\"parameters\":"
            + "{\"variable\":\"dossierDueDate\",\"type\":\"String\"}}]}";
    /** Sorted another way: only the engine answers it, so it is the reference. */
    private static final String ENGINE_BODY = "{\"sorting\":[{\"sortBy\":\"created\",\"sortOrder\":\"asc\"}]}";
    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;
    @Autowired
    DossierService dossiers;
    @Autowired
    TaskService taskService;
    @Autowired
    FilterService filterService;
    @Autowired
    ManagementService managementService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    WorkQueue queue;
    @Autowired
    DossierWorkflow workflow;

    HttpCalls http;
    String unit;
    String mine;

    @BeforeEach
    void setUp() {
        http = new HttpCalls(port);
        unit = filterService.createTaskFilterQuery().filterName("Việc của đơn vị").singleResult().getId();
        mine = filterService.createTaskFilterQuery().filterName("Việc của tôi").singleResult().getId();
    }

    @Test
    void myListIsTheTasksIHoldWhereverTheyCameFrom() throws Exception {
        String first = appraisalOf(receive("750")).getId();
        String second = appraisalOf(receive("751")).getId();
        assertThat(http.post("/engine-rest/task/" + first + "/claim", OFFICER, "{\"userId\":\"chuyenvien1\"}")
                .statusCode()).isEqualTo(204);
        taskService.setAssignee(second, "chuyenvien1"); // handed to him by a leader

        Set<String> engine = ids(list(mine, "/engine-rest", OFFICER, ENGINE_BODY, 0, 1000, false));
        assertThat(engine).contains(first, second);
        assertServedLike(mine, "mine", engine, "/engine-rest", OFFICER);

        taskService.complete(first, vn.motcua.demo.OfficerAnswers.forStep("appraiseFile"));
        taskService.setAssignee(second, null);
        assertServedLike(mine, "mine", without(without(engine, first), second), "/engine-rest", OFFICER);
        Set<String> theirs = ids(list(mine, "/engine-rest", OTHER_UNIT, ENGINE_BODY, 0, 1000, false));
        assertServedLike(mine, "mine", theirs, "/engine-rest", OTHER_UNIT);
    }

    @Test
    void theQueuesPagesAndCountAreTheEnginesListForTheUnitAndNobodyElse() throws Exception {
        List<String> received = new ArrayList<>();
        for (int i = 0; i < 17; i++) {
            Task task = appraisalOf(receive(String.format("7%02d", i)));
            received.add(task.getId());
            // the later received, the sooner due (as after an extension): the queue must reorder them
            LocalDate appointment = LocalDate.of(2027, 6, 28 - i);
            workflow.dueDateChanged(businessKeyOf(task), task.getProcessInstanceId(), appointment);
        }

        Set<String> engine = ids(list("/engine-rest", OFFICER, ENGINE_BODY, 0, 1000, false));
        assertThat(engine).containsAll(received);
        List<String> paged = assertServedLike(engine, "/engine-rest", OFFICER);
        // Across pages in Tasklist's order: the earliest appointment first. (Only this test's files: another test
        // may set a file's appointment variable behind the register's back, which the queue does not see.)
        assertThat(paged.stream().filter(received::contains).map(this::appointmentOf).toList())
                .isSortedAccordingTo(Comparator.naturalOrder());

        // Claimed: out of the unit's list; handed back: in again.
        String claimed = received.get(0);
        assertThat(http.post("/engine-rest/task/" + claimed + "/claim", OFFICER, "{\"userId\":\"chuyenvien1\"}")
                .statusCode()).isEqualTo(204);
        assertServedLike(without(engine, claimed), "/engine-rest", OFFICER);
        assertThat(http.post("/engine-rest/task/" + claimed + "/unclaim", OFFICER, "{}").statusCode()).isEqualTo(204);
        assertServedLike(engine, "/engine-rest", OFFICER);

        // Done: gone from every queue (the file's next step goes to whichever unit the diagram says).
        String done = received.get(1);
        taskService.complete(done, vn.motcua.demo.OfficerAnswers.forStep("appraiseFile"));
        Set<String> afterCompletion = ids(list("/engine-rest", OFFICER, ENGINE_BODY, 0, 1000, false));
        assertThat(afterCompletion).doesNotContain(done);
        assertServedLike(afterCompletion, "/engine-rest", OFFICER);

        // Another unit's officer: the same answer as the engine gives him, none of these tasks.
        Set<String> theirs = ids(list("/engine-rest", OTHER_UNIT, ENGINE_BODY, 0, 1000, false));
        assertThat(theirs).doesNotContainAnyElementsOf(received);
        assertServedLike(theirs, "/engine-rest", OTHER_UNIT);
    }

    @Test
    void anEscalatedStepJoinsTheLeadersQueueOnceForALeaderInBothGroups() throws Exception {
        Task task = appraisalOf(receive("740"));
        managementService.executeJob(managementService.createJobQuery().processInstanceId(task.getProcessInstanceId())
                .activityId("appraiseFileEscalation").singleResult().getId());

        assertThat(queue.unassignedPage(List.of("landofficeleaders"), 0, 1000)).contains(task.getId());
        // lanhdao1 is in the land office and its leaders: the task is asked of both his groups, he sees it once
        Set<String> engine = ids(list("/engine-rest", "lanhdao1:demo", ENGINE_BODY, 0, 1000, false));
        assertThat(engine).contains(task.getId());
        assertServedLike(engine, "/engine-rest", "lanhdao1:demo");
    }

    @Test
    void aFileCancelledWithoutItsListenersStillLeavesTheQueue() {
        Task task = appraisalOf(receive("760"));
        assertThat(queue.unassignedPage(List.of("landoffice"), 0, 100_000)).contains(task.getId());
        // Cockpit's "cancel" with "skip custom listeners" ticked: the queue's listener is built in, it still runs
        runtimeService.deleteProcessInstance(task.getProcessInstanceId(), "test", true, true);
        assertThat(queue.unassignedPage(List.of("landoffice"), 0, 100_000)).doesNotContain(task.getId());
    }

    @Test
    void aGroupAddedOrRemovedThroughTheEnginesApiMovesTheTaskBetweenQueues() {
        String task = appraisalOf(receive("770")).getId();
        taskService.addCandidateGroup(task, "tax");
        assertThat(queue.unassignedPage(List.of("tax"), 0, 100_000)).contains(task);
        // The engine's update event of a removal still sees the removed link: the row goes at the task's next event.
        taskService.deleteCandidateGroup(task, "landoffice");
        taskService.setPriority(task, 60);
        assertThat(queue.unassignedPage(List.of("landoffice"), 0, 100_000)).doesNotContain(task);
        assertThat(queue.unassignedPage(List.of("tax"), 0, 100_000)).contains(task);
        // an escalation that finds no group to call in leaves the task where it is
        queue.groupsAdded(task, List.of());
        assertThat(queue.unassignedPage(List.of("tax"), 0, 100_000)).contains(task);
    }

    @Test
    void tasklistsSessionGetsTheQueueToo() throws Exception {
        String task = appraisalOf(receive("720")).getId();
        assertThat(http.webappLogin("tasklist", "chuyenvien1", "demo").statusCode()).isEqualTo(200);
        http.get("/camunda/app/tasklist/default/", null); // the token after the login, as the page reloads it
        Set<String> engine = ids(list("/camunda/api/engine/engine/default", null, ENGINE_BODY, 0, 1000, false));
        assertThat(engine).contains(task);
        assertServedLike(engine, "/camunda/api/engine/engine/default", null);
    }

    @Test
    void aRequestTheQueueCannotAnswerAlikeGoesToTheEngineAndShowsNoOtherUnitsTask() throws Exception {
        String theirTask = appraisalOf(receive("730")).getId();
        // The other unit's officer names the task himself: the engine answers, with its check.
        String named = "{\"taskIdIn\":[\"" + theirTask + "\"]}";
        HttpResponse<String> list = list("/engine-rest", OTHER_UNIT, named, 0, 15, true);
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.headers().firstValue(WorkQueueLists.SERVED_BY)).isEmpty();
        assertThat(list.body()).doesNotContain(theirTask);
        HttpResponse<String> count = http.post("/engine-rest/filter/" + unit + "/count", OTHER_UNIT, named);
        assertThat(count.headers().firstValue(WorkQueueLists.SERVED_BY)).isEmpty();
        assertThat(JSON.readTree(count.body()).path("count").asLong()).isZero();
        // A search in Tasklist's box (a variable criterion) is the engine's too.
        HttpResponse<String> search = list("/engine-rest", OFFICER, "{\"processVariables\":[{\"name\":\"dossierCode\","
                + "\"operator\":\"eq\",\"value\":\"none\"}]}", 0, 15, true);
        assertThat(search.headers().firstValue(WorkQueueLists.SERVED_BY)).isEmpty();
        // A page the queue would not serve (no size) and a body that is not JSON: the engine's answers.
        HttpResponse<String> unsized = http.sendHal("POST", "/engine-rest/filter/" + unit + "/list", OFFICER, TASKLIST_BODY);
        assertThat(unsized.headers().firstValue(WorkQueueLists.SERVED_BY)).isEmpty();
        assertThat(http.post("/engine-rest/filter/" + unit + "/count", OFFICER, "{not json").statusCode()).isEqualTo(400);
    }

    /** Pages of 5 through the queue: together the engine's set, each task once; counts the set's size. */
    private List<String> assertServedLike(Set<String> expected, String door, String credentials) throws Exception {
        return assertServedLike(unit, "unit", expected, door, credentials);
    }

    /** @return the tasks in the order the pages gave them */
    private List<String> assertServedLike(String filter, String servedAs, Set<String> expected, String door,
            String credentials) throws Exception {
        List<String> paged = new ArrayList<>();
        for (int first = 0; first <= expected.size(); first += 5) {
            HttpResponse<String> page = list(filter, door, credentials, TASKLIST_BODY, first, 5, true);
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.headers().firstValue(WorkQueueLists.SERVED_BY)).as("served by the queue").hasValue(servedAs);
            assertThat(JSON.readTree(page.body()).path("count").asLong()).isEqualTo(expected.size());
            paged.addAll(ids(page));
        }
        assertThat(paged).doesNotHaveDuplicates();
        assertThat(new LinkedHashSet<>(paged)).isEqualTo(expected);
        HttpResponse<String> count = send(door, "/filter/" + filter + "/count", credentials, "{}", "application/json");
        assertThat(count.headers().firstValue(WorkQueueLists.SERVED_BY)).hasValue(servedAs);
        assertThat(JSON.readTree(count.body()).path("count").asLong()).isEqualTo(expected.size());
        return paged;
    }

    private HttpResponse<String> list(String door, String credentials, String body, int first, int max, boolean hal)
            throws Exception {
        return list(unit, door, credentials, body, first, max, hal);
    }

    private HttpResponse<String> list(String filter, String door, String credentials, String body, int first, int max,
            boolean hal) throws Exception {
        return send(door, "/filter/" + filter + "/list?firstResult=" + first + "&maxResults=" + max, credentials, body,
                hal ? "application/hal+json" : "application/json");
    }

    /** HTTP Basic on /engine-rest; the webapp session and its XSRF token on /camunda. */
    private HttpResponse<String> send(String door, String path, String credentials, String body, String accept)
            throws Exception {
        if (credentials != null) {
            return "application/json".equals(accept) ? http.post(door + path, credentials, body)
                    : http.sendHal("POST", door + path, credentials, body);
        }
        HttpRequest request = HttpRequest.newBuilder(http.uri(door + path)).header("Content-Type", "application/json")
                .header("Accept", accept).header("X-XSRF-TOKEN", http.xsrfToken())
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        return http.client().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static Set<String> ids(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode body = JSON.readTree(response.body());
        JsonNode tasks = body.isArray() ? body : body.path("_embedded").path("task");
        Set<String> ids = new LinkedHashSet<>();
        tasks.forEach(task -> ids.add(task.path("id").asText()));
        return ids;
    }

    private String appointmentOf(String taskId) {
        Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
        Object appointment = runtimeService.getVariable(task.getProcessInstanceId(), "dossierDueDate");
        return appointment == null ? null : appointment.toString();
    }

    private String businessKeyOf(Task task) {
        return runtimeService.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId()).singleResult()
                .getBusinessKey();
    }

    private static Set<String> without(Set<String> all, String one) {
        Set<String> rest = new LinkedHashSet<>(all);
        rest.remove(one);
        return rest;
    }

    private String receive(String parcel) {
        return dossiers.receive(new ReceivedFile("land-use-conversion", null, Channel.IN_PERSON,
                new Dossier.Applicant("Lê Thị Hồng", "001203007" + parcel, null, null, "Xã Long Thành"),
                new Dossier.Parcel("5", parcel, "Ấp 2", "26041", false), null, null), "tiepnhan1").code();
    }

    private Task appraisalOf(String code) {
        return taskService.createTaskQuery().processInstanceBusinessKey(code).taskDefinitionKey("appraiseFile")
                .singleResult();
    }
}
