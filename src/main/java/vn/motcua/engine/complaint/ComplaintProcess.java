package vn.motcua.engine.complaint;

import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import vn.motcua.calendar.DayFormat;
import vn.motcua.calendar.DeadlineCalculator;
import vn.motcua.calendar.Deadlines;
import vn.motcua.deadline.StepAlerts;
import vn.motcua.engine.dossier.TaskCardColumns;
import vn.motcua.feedback.Complaint;
import vn.motcua.feedback.ComplaintService;
import vn.motcua.feedback.ComplaintTasks;
import vn.motcua.organisation.GroupNames;
import vn.motcua.system.Messages;

/**
 * Every engine call of the complaint process ({@code complaint-handling}), in one place: it starts
 * the process for a recorded complaint, answers the diagram's expressions ({@code complaintProcess.…}),
 * fills the task's form header ({@code create} listener) and ends the task when the API answered.
 * The complaint's identity is the business key ({@link Complaint#code()}), which only the system sets.
 */
@Component("complaintProcess")
public class ComplaintProcess implements ComplaintTasks, TaskListener {

    static final String PROCESS = "complaint-handling";
    static final String TASK = "answerComplaint";
    /** Ends the task when the complaint was answered over the API (the diagram's message boundary event). */
    static final String ANSWERED_ELSEWHERE = "complaintAnsweredElsewhere";
    /** The form's answer field. */
    static final String ANSWER = "complaintAnswer";

    private final RuntimeService runtime;
    private final TaskService taskService;
    /** Looked up when needed: the service opens tasks through this class, and this class answers through it. */
    private final ObjectProvider<ComplaintService> service;
    private final Deadlines deadlines;

    ComplaintProcess(RuntimeService runtime, TaskService taskService, ObjectProvider<ComplaintService> service, Deadlines deadlines) {
        this.runtime = runtime;
        this.taskService = taskService;
        this.service = service;
        this.deadlines = deadlines;
    }

    /** Tasklist's columns and sort read these, as for a file: the caller and the last day (ISO, so it sorts). */
    @Override
    public Optional<String> open(Complaint c) {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put(TaskCardColumns.APPLICANT, c.personName());
        variables.put(TaskCardColumns.APPOINTMENT, c.dueOn().toString());
        return Optional.of(runtime.startProcessInstanceByKey(PROCESS, c.code(), variables).getId());
    }

    @Override
    public void answeredElsewhere(Complaint c) {
        // none for a complaint recorded before the process existed, or whose task already ended
        runtime.createMessageCorrelation(ANSWERED_ELSEWHERE).processInstanceBusinessKey(c.code()).correlateAll();
    }

    // ---------------------------------------------------------------- the diagram's expressions

    /** {@code camunda:candidateGroups}: the unit the complaint was routed to (feedback's ComplaintRouting). */
    public String unit(DelegateExecution execution) {
        return complaintOf(execution).unitGroup();
    }

    /** {@code camunda:dueDate}: closing time of the complaint's last day. */
    public Date dueAt(DelegateExecution execution) {
        return deadlines.endOfDay(complaintOf(execution).dueOn());
    }

    /** The late timer: when the register counts the complaint late ({@link Complaint#lateFrom()}). */
    public Date lateAt(DelegateExecution execution) {
        return Date.from(complaintOf(execution).lateFrom());
    }

    /**
     * The late timer's path: marks the complaint late in the register (once, whichever of this and the
     * schedule's pass comes first) and makes the unit's leaders candidates of the open task.
     */
    public void callInLeaders(DelegateExecution execution) {
        Complaint c = complaintOf(execution);
        service.getObject().escalate(c.id());
        for (Task task : taskService.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
                .taskDefinitionKey(TASK).list()) {
            boolean already = taskService.getIdentityLinksForTask(task.getId()).stream()
                    .anyMatch(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && c.leadersGroup().equals(l.getGroupId()));
            if (!already) {
                taskService.addCandidateGroup(task.getId(), c.leadersGroup());
            }
            taskService.setPriority(task.getId(), Math.max(task.getPriority(), StepAlerts.ESCALATION_PRIORITY));
        }
    }

    /**
     * After the task: the form's answer goes through the register's one answering path, and to the hotline.
     *
     * @param officer who completed the task ({@code currentUser()} of the request that completed it)
     */
    public void answer(DelegateExecution execution, String officer) {
        Object answer = execution.getVariable(ANSWER);
        if (officer == null || officer.isBlank()) {
            officer = "tasklist";
        }
        service.getObject().answerFromTask(complaintOf(execution).id(), answer == null ? "" : answer.toString().strip(), officer);
    }

    // ---------------------------------------------------------------- the form's header

    /**
     * On {@code create}: the complaint as the form shows it, as task variables (an officer reads the task's
     * own variables, not the process's), with the card's columns. {@code dossierCode} names the linked file for
     * Tasklist's column and "Hồ sơ" tab; it is set after the control sheet's listener ran, so the complaint is
     * no step of the file.
     */
    @Override
    public void notify(DelegateTask task) {
        Complaint c = complaintOf(task.getExecution());
        Map<String, Object> shown = new LinkedHashMap<>();
        shown.put("complaintNumber", c.code());
        shown.put("complaintKind", c.kind().label());
        shown.put("complaintSource", c.source().label());
        shown.put("complaintPerson", c.personName() + (c.personPhone() == null ? "" : " (" + c.personPhone() + ")"));
        shown.put("complaintContent", c.content());
        shown.put("complaintReceivedOn", DayFormat.of(c.receivedAt().atZone(DeadlineCalculator.ZONE).toLocalDate()));
        shown.put("complaintDueOn", DayFormat.of(c.dueOn()));
        shown.put("complaintDueSource", c.dueSource());
        shown.put("complaintUnit", GroupNames.of(c.unitGroup()));
        shown.put("complaintFile", c.dossierCode() == null ? Messages.text("feedback.task.noFile")
                : c.dossierId() == null ? Messages.text("feedback.task.fileNotInRegister", c.dossierCode())
                        : "[" + c.dossierCode() + "](/files/" + c.dossierCode() + ")");
        if (c.dossierId() != null) {
            shown.put(TaskCardColumns.CODE, c.dossierCode());
        }
        // the card's other columns: a complaint is no file, so the register does not give them
        shown.put(TaskCardColumns.APPLICANT, c.personName());
        shown.put(TaskCardColumns.APPOINTMENT, c.dueOn().toString());
        task.setVariablesLocal(shown);
    }

    private Complaint complaintOf(VariableScope scope) {
        String key = scope instanceof DelegateExecution execution ? execution.getProcessBusinessKey() : null;
        long id = Complaint.idOf(key).orElseThrow(() -> new IllegalStateException(
                "complaint-handling started without a complaint's business key: " + key));
        return service.getObject().get(id);
    }
}
