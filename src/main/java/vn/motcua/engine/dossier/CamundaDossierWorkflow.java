package vn.motcua.engine.dossier;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import vn.motcua.dossier.DossierWorkflow;
import vn.motcua.engine.system.EngineIdentity;
import vn.motcua.workqueue.WorkQueue;

/**
 * Every engine call the file life cycle makes ({@link DossierWorkflow}, the port of
 * {@code vn.motcua.dossier}), in one place, so moving to a maintained Camunda 7 fork touches the
 * adapter only.
 * <p>
 * The file-level clock (near due, apology, overdue) is drawn on each procedure's diagram: three
 * non-interrupting timer boundary events on "Giải quyết hồ sơ" ({@link #FILE_DEADLINES}), which
 * start and end with the processing. Files accepted on a diagram deployed before that still run
 * the shared {@code dossier-deadlines} process, started and stopped here as before.
 */
@Component
public class CamundaDossierWorkflow implements DossierWorkflow {

    /** The shared clock of files accepted on diagrams that did not draw their deadlines yet. */
    public static final String DEADLINES = "dossier-deadlines";
    /**
     * The file-level timers, by activity id: the boundary events on each procedure's {@code processFile},
     * and the intermediate timers of {@link #DEADLINES}.
     */
    public static final List<String> FILE_DEADLINES = List.of("nearDue", "apologyDue", "overdue");
    static final String WITHDRAWAL_MESSAGE = "withdrawalRequested";
    /** Shown as a column of every Tasklist filter. */
    static final String DUE_DATE = "dossierDueDate";

    private final RuntimeService runtimeService;
    private final ManagementService managementService;
    private final TaskService taskService;
    private final RepositoryService repositoryService;
    private final IdentityService identityService;
    private final WorkQueue queue;

    CamundaDossierWorkflow(RuntimeService runtimeService, ManagementService managementService, TaskService taskService,
            RepositoryService repositoryService, IdentityService identityService, WorkQueue queue) {
        this.identityService = identityService;
        this.queue = queue;
        this.runtimeService = runtimeService;
        this.managementService = managementService;
        this.taskService = taskService;
        this.repositoryService = repositoryService;
    }

    @Override
    public String startProcedure(String procedureKey, String code, Map<String, Object> variables) {
        ProcessInstance instance = runtimeService.startProcessInstanceByKey(procedureKey, code, variables);
        return instance.getId();
    }

    /**
     * The clock of a file (accepted, or complete again after an agency's supplement) whose procedure
     * instance runs a diagram without drawn deadlines: it gets the shared clock process, as every
     * file did before. A procedure that draws them (every diagram deployed now) needs nothing: its
     * timers start with the processing.
     *
     * @param procedureInstanceId the file's procedure instance; null for a file whose instance is
     *        not started yet (received through the API), which starts on the current diagram
     */
    @Override
    public void startLegacyClock(String code, String procedureInstanceId, LocalDate due, String leaderGroup) {
        if (procedureInstanceId == null || drawsFileDeadlines(procedureInstanceId)) {
            return;
        }
        runtimeService.startProcessInstanceByKey(DEADLINES, code, Map.of(DossierProcess.CODE, code, DUE_DATE, due.toString(),
                DossierProcess.PROCESSING_LEADERS, leaderGroup));
    }

    /**
     * Ends the shared clock of a file accepted on an older diagram: it finished, closed, was withdrawn,
     * or its clock restarts. Drawn deadlines end with their scope (processing, or the file).
     */
    @Override
    public void stopLegacyClock(String code, String reason) {
        runtimeService.createProcessInstanceQuery().processDefinitionKey(DEADLINES).processInstanceBusinessKey(code)
                .list().forEach(instance -> runtimeService.deleteProcessInstance(instance.getId(), reason, true, true));
    }

    /**
     * The appointment moved (or the clock stopped): the file's own instance and its deadline clock
     * show the new date in Tasklist, and the pending deadline timers are re-evaluated against the
     * register. Called sub-processes get the date when they start (they copy their caller's variables).
     * The open tasks move in their work queues' order; their cards and form header read the date from the
     * register ({@link FileColumnsOnRead}, {@link FileHeaderOnRead}).
     */
    @Override
    public void dueDateChanged(String code, String procedureInstanceId, LocalDate due) {
        if (procedureInstanceId != null) {
            runtimeService.setVariable(procedureInstanceId, DUE_DATE, due.toString());
        }
        // A task of an earlier version carries the date as a copy of its own, which its form would read first;
        // found in one query (as the system, which decides where the copies are), and only those are written.
        String[] tasks = taskService.createTaskQuery().processInstanceBusinessKey(code).list().stream().map(Task::getId)
                .toArray(String[]::new);
        if (tasks.length > 0) {
            EngineIdentity.asSystem(identityService, () -> runtimeService.createVariableInstanceQuery().taskIdIn(tasks)
                    .variableName(DUE_DATE).list()).forEach(copy -> taskService.setVariableLocal(copy.getTaskId(), DUE_DATE,
                            due.toString()));
        }
        queue.appointmentChanged(code, due.toString());
        List<ProcessInstance> legacyClocks = legacyClocks(code);
        for (ProcessInstance clock : legacyClocks) {
            runtimeService.setVariable(clock.getId(), DUE_DATE, due.toString());
        }
        recalculateFileDeadlines(procedureInstanceId, legacyClocks);
    }

    /**
     * The clock stopped or runs again without a new date (an agency's supplement request): the file's
     * deadline timers, drawn or shared, are re-evaluated ({@code recalculateJobDuedate}).
     */
    @Override
    public void clockChanged(String code, String procedureInstanceId) {
        recalculateFileDeadlines(procedureInstanceId, legacyClocks(code));
    }

    private void recalculateFileDeadlines(String procedureInstanceId, List<ProcessInstance> legacyClocks) {
        if (procedureInstanceId != null) {
            recalculateFileDeadlines(procedureInstanceId);
        }
        legacyClocks.forEach(clock -> recalculateFileDeadlines(clock.getId()));
    }

    /** @return false if the file is not at a point where it can be stopped */
    @Override
    public boolean requestWithdrawal(String code, String reason) {
        // Asked first: a failed correlation would mark the caller's transaction rollback-only, and the
        // register may still stop a file whose older diagram does not listen where it waits.
        if (runtimeService.createExecutionQuery().processInstanceBusinessKey(code)
                .messageEventSubscriptionName(WITHDRAWAL_MESSAGE).count() == 0) {
            return false;
        }
        try {
            runtimeService.createMessageCorrelation(WITHDRAWAL_MESSAGE).processInstanceBusinessKey(code)
                    .setVariable("withdrawalReason", reason).correlate();
            return true;
        } catch (MismatchingMessageCorrelationException e) {
            return false;
        }
    }

    /**
     * Ends every instance of a withdrawn file whose diagram had no withdrawal event where the file
     * waits (see {@code DossierService.requestWithdrawal}). Listeners run, so the control sheet
     * closes the step being held; called sub-processes end with their caller.
     */
    @Override
    public void cancelFile(String code, String reason) {
        List<String> roots = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(code).list().stream()
                .filter(instance -> instance.getId().equals(instance.getRootProcessInstanceId()))
                .map(ProcessInstance::getId).toList();
        roots.forEach(id -> runtimeService.deleteProcessInstance(id, reason, false, true));
    }

    private List<ProcessInstance> legacyClocks(String code) {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey(DEADLINES)
                .processInstanceBusinessKey(code).list();
    }

    /** The pending near-due, apology and overdue timers of one instance (the step timers keep their dates). */
    private void recalculateFileDeadlines(String processInstanceId) {
        for (String activity : FILE_DEADLINES) {
            for (Job timer : managementService.createJobQuery().processInstanceId(processInstanceId).activityId(activity)
                    .timers().list()) {
                managementService.recalculateJobDuedate(timer.getId(), false);
            }
        }
    }

    /**
     * Whether the instance's diagram carries the file deadlines itself. An instance started in the
     * current transaction is not visible to the query yet; it runs the current diagram, which does.
     */
    private boolean drawsFileDeadlines(String procedureInstanceId) {
        ProcessInstance instance = runtimeService.createProcessInstanceQuery().processInstanceId(procedureInstanceId)
                .singleResult();
        if (instance == null) {
            return true;
        }
        var model = repositoryService.getBpmnModelInstance(instance.getProcessDefinitionId());
        return FILE_DEADLINES.stream().allMatch(id -> model.getModelElementById(id) != null);
    }
}
