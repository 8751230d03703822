package vn.motcua.dossier;

import java.time.LocalDate;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/**
 * Every engine call the file life cycle makes, in one place, so moving to a maintained
 * Camunda 7 fork touches this class and the delegates only.
 */
@Component
public class DossierWorkflow {

    static final String DEADLINES = "dossier-deadlines";
    static final String WITHDRAWAL_MESSAGE = "withdrawalRequested";
    /** Shown as a column of every Tasklist filter. */
    static final String DUE_DATE = "dossierDueDate";

    private final RuntimeService runtimeService;
    private final ManagementService managementService;
    private final TaskService taskService;

    public DossierWorkflow(RuntimeService runtimeService, ManagementService managementService, TaskService taskService) {
        this.runtimeService = runtimeService;
        this.managementService = managementService;
        this.taskService = taskService;
    }

    public String startProcedure(String procedureKey, String code, Map<String, Object> variables) {
        ProcessInstance instance = runtimeService.startProcessInstanceByKey(procedureKey, code, variables);
        return instance.getId();
    }

    /** The file-level clock (near due, apology, overdue) of an accepted file. */
    public void startDeadlines(String code, LocalDate due, String leaderGroup) {
        runtimeService.startProcessInstanceByKey(DEADLINES, code, Map.of("dossierCode", code, DUE_DATE, due.toString(),
                "processingLeaders", leaderGroup));
    }

    /** Ends the file-level clock: the file finished, closed, was withdrawn, or its clock restarts. */
    public void stopDeadlines(String code, String reason) {
        runtimeService.createProcessInstanceQuery().processDefinitionKey(DEADLINES).processInstanceBusinessKey(code)
                .list().forEach(instance -> runtimeService.deleteProcessInstance(instance.getId(), reason, true, true));
    }

    /**
     * The appointment moved (or the clock stopped): the file's own instance and its deadline clock
     * show the new date in Tasklist, and the pending deadline timers are re-evaluated against the
     * register. Called sub-processes get the date when they start (they copy their caller's variables).
     */
    public void dueDateChanged(String code, String procedureInstanceId, LocalDate due) {
        if (procedureInstanceId != null) {
            runtimeService.setVariable(procedureInstanceId, DUE_DATE, due.toString());
        }
        taskService.createTaskQuery().processInstanceBusinessKey(code).list()
                .forEach(task -> taskService.setVariableLocal(task.getId(), DUE_DATE, due.toString()));
        for (ProcessInstance clock : runtimeService.createProcessInstanceQuery().processDefinitionKey(DEADLINES)
                .processInstanceBusinessKey(code).list()) {
            runtimeService.setVariable(clock.getId(), DUE_DATE, due.toString());
            managementService.createJobQuery().processInstanceId(clock.getId()).timers().list().stream()
                    .map(Job::getId).forEach(jobId -> managementService.recalculateJobDuedate(jobId, false));
        }
    }

    /** @return false if the file is not at a point where it can be stopped */
    public boolean requestWithdrawal(String code, String reason) {
        try {
            runtimeService.createMessageCorrelation(WITHDRAWAL_MESSAGE).processInstanceBusinessKey(code)
                    .setVariable("withdrawalReason", reason).correlate();
            return true;
        } catch (MismatchingMessageCorrelationException e) {
            return false;
        }
    }
}
