package vn.motcua.engine.demo;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import vn.motcua.demo.DemoEngine;

/**
 * The demo's replay on Camunda ({@link DemoEngine}): the engine's clock is {@link ClockUtil}, which
 * {@code TimeSource} follows; officers act signed in as themselves, so the history and the engine's
 * authorizations see them as Tasklist would.
 */
@Component
@ConditionalOnProperty(name = "motcua.demo.enabled", havingValue = "true")
class CamundaDemoEngine implements DemoEngine {

    /** The shared diagram of a request to a partner agency. */
    static final String EXCHANGE_PROCESS = "dossier-partner-exchange";

    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final ManagementService managementService;
    private final IdentityService identityService;
    private final HistoryService historyService;
    private final Map<String, List<String>> groupsOf = new ConcurrentHashMap<>();

    CamundaDemoEngine(RuntimeService runtimeService, TaskService taskService, ManagementService managementService,
            IdentityService identityService, HistoryService historyService) {
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.managementService = managementService;
        this.identityService = identityService;
        this.historyService = historyService;
    }

    @Override
    public void setClock(Instant now) {
        ClockUtil.setCurrentTime(Date.from(now));
    }

    @Override
    public void reset() {
        identityService.clearAuthentication();
        groupsOf.clear();
        ClockUtil.reset();
    }

    /** Of a process instance (the files' own): a timer of a job definition alone is none of the files'. */
    @Override
    public Optional<Timer> nextTimer(Instant limit) {
        return managementService.createJobQuery().timers().duedateLowerThan(Date.from(limit.plusMillis(1)))
                .orderByJobDuedate().asc().listPage(0, 20).stream()
                .filter(job -> job.getProcessInstanceId() != null).findFirst().map(this::timer);
    }

    private Timer timer(Job job) {
        ProcessInstance instance = runtimeService.createProcessInstanceQuery()
                .processInstanceId(job.getProcessInstanceId()).singleResult();
        return new Timer(job.getId(), instance == null ? null : instance.getBusinessKey(), job.getDuedate().toInstant());
    }

    @Override
    public void runJob(String jobId) {
        managementService.executeJob(jobId);
    }

    /** The business key is the file's code, set by the reception step; read from history, the instance may have ended. */
    @Override
    public String startFromForm(String procedureKey, Map<String, Object> form, String officer) {
        String processInstanceId = as(officer, () -> runtimeService.startProcessInstanceByKey(procedureKey, form).getId());
        return historyService.createHistoricProcessInstanceQuery().processInstanceId(processInstanceId)
                .singleResult().getBusinessKey();
    }

    @Override
    public List<OpenTask> openTasks(String fileCode) {
        return taskService.createTaskQuery().processInstanceBusinessKey(fileCode).list().stream()
                .map(task -> new OpenTask(task.getId(), task.getTaskDefinitionKey(), task.getCreateTime().toInstant(),
                        task.getAssignee() != null))
                .toList();
    }

    @Override
    public boolean taskOpen(String taskId) {
        return taskService.createTaskQuery().taskId(taskId).count() > 0;
    }

    @Override
    public List<String> candidateGroups(String taskId) {
        return taskService.getIdentityLinksForTask(taskId).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLink::getGroupId).sorted().toList();
    }

    @Override
    public void claim(String taskId, String officer) {
        taskService.claim(taskId, officer);
    }

    @Override
    public void complete(String taskId, Map<String, Object> answers, String officer) {
        as(officer, () -> {
            taskService.complete(taskId, answers);
            return null;
        });
    }

    @Override
    public List<Exchange> openExchanges(String fileCode) {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey(EXCHANGE_PROCESS)
                .processInstanceBusinessKey(fileCode).active().list().stream()
                .map(exchange -> {
                    Map<String, Object> asked = runtimeService.getVariables(exchange.getId(),
                            List.of("partnerStep", "partnerExchangeKey", "partnerOperation"));
                    return new Exchange(exchange.getId(), (String) asked.get("partnerStep"),
                            (String) asked.get("partnerExchangeKey"), (String) asked.get("partnerOperation"));
                })
                .toList();
    }

    @Override
    public boolean running(String processInstanceId) {
        return runtimeService.createProcessInstanceQuery().processInstanceId(processInstanceId).count() > 0;
    }

    @Override
    public void runWaitingJobs(String processInstanceId) {
        managementService.createJobQuery().processInstanceId(processInstanceId).messages().list()
                .forEach(job -> managementService.executeJob(job.getId()));
    }

    @Override
    public List<String> membersOf(String group) {
        return identityService.createUserQuery().memberOfGroup(group).orderByUserId().asc().list()
                .stream().map(User::getId).toList();
    }

    /** Runs an engine call signed in as the officer, as Tasklist would (authorizations checked). */
    private <T> T as(String officer, Supplier<T> call) {
        if (officer == null) {
            return call.get();
        }
        // An officer's groups do not change during a replay: asked once, not for every task.
        List<String> memberOf = groupsOf.computeIfAbsent(officer, o -> identityService.createGroupQuery().groupMember(o)
                .list().stream().map(Group::getId).toList());
        identityService.setAuthentication(officer, memberOf);
        try {
            return call.get();
        } finally {
            identityService.clearAuthentication();
        }
    }
}
