package vn.motcua.dossier;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import vn.motcua.calendar.DeadlineCalculator;
import vn.motcua.deadline.StepDeadlines;
import vn.motcua.demo.OfficerAnswers;
import vn.motcua.engine.dossier.CamundaDossierWorkflow;
import vn.motcua.partner.PartnerAgencyStub;

/**
 * Drives files through the engine as officers and time would: a controlled clock, tasks
 * completed with form variables, timers fired by hand (the job executor is off in tests).
 */
@Component
class FileScenario {

    private final DossierService dossiers;
    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final ManagementService managementService;
    private final HistoryService historyService;
    private final PartnerAgencyStub partners;

    FileScenario(DossierService dossiers, RuntimeService runtimeService, TaskService taskService,
            ManagementService managementService, HistoryService historyService, PartnerAgencyStub partners) {
        this.partners = partners;
        this.historyService = historyService;
        this.dossiers = dossiers;
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.managementService = managementService;
    }

    static void clockAt(LocalDate day, LocalTime time) {
        ClockUtil.setCurrentTime(Date.from(day.atTime(time).atZone(DeadlineCalculator.ZONE).toInstant()));
    }

    static Instant at(LocalDate day, LocalTime time) {
        return day.atTime(time).atZone(DeadlineCalculator.ZONE).toInstant();
    }

    static ReceivedFile file(String clientRequestId, Instant receivedAt, boolean remoteCommune) {
        return file("land-use-conversion", clientRequestId, receivedAt, remoteCommune);
    }

    static ReceivedFile file(String procedure, String clientRequestId, Instant receivedAt, boolean remoteCommune) {
        return new ReceivedFile(procedure, clientRequestId, Channel.IN_PERSON,
                new Dossier.Applicant("Trần Thị Bình", "001203004567", "0912345678", null, "Thôn Đông, xã Long Thành"),
                // the remote commune of the demo province is Bù Gia Mập: its data gives the extra days
                remoteCommune ? new Dossier.Parcel("12", "345", "Thôn Bù Gia Phúc, xã Bù Gia Mập", "25219", true)
                        : new Dossier.Parcel("12", "345", "Thôn Đông, xã Long Thành", "26041", false),
                "Chuyển 200 m² đất trồng cây lâu năm sang đất ở", receivedAt);
    }

    /** A complete file through the API path. */
    Dossier receive() {
        return dossiers.receive(file(null, null, false), "tiepnhan1");
    }

    Dossier receive(ReceivedFile file) {
        return dossiers.receive(file, "tiepnhan1");
    }

    /** A file entered through the Tasklist reception form. */
    ProcessInstance startFromForm(Map<String, Object> overrides) {
        Map<String, Object> form = new HashMap<>(Map.of(
                "applicantName", "Lê Văn Cường", "applicantIdNumber", "079088001234",
                "applicantAddress", "Ấp 3, xã Long Thành", "parcelMapSheet", "7", "parcelNumber", "88",
                "parcelAddress", "Ấp 3, xã Long Thành", "channel", "IN_PERSON", "communeCode", "26041",
                "receptionOutcome", "COMPLETE"));
        form.putAll(overrides);
        return runtimeService.startProcessInstanceByKey("land-use-conversion", form);
    }

    ProcessInstance instanceOf(Dossier dossier) {
        return runtimeService.createProcessInstanceQuery().processInstanceId(dossier.processInstanceId()).singleResult();
    }

    /** The file code of an instance started from the form: its business key, set at registration. */
    String codeOf(ProcessInstance instance) {
        return historyService.createHistoricProcessInstanceQuery().processInstanceId(instance.getId()).singleResult()
                .getBusinessKey();
    }

    /** The open task of a file at a step, wherever (which called process) it sits. */
    Task task(String code, String stepKey) {
        return taskService.createTaskQuery().processInstanceBusinessKey(code).taskDefinitionKey(stepKey).singleResult();
    }

    List<Task> openTasks(String code) {
        return taskService.createTaskQuery().processInstanceBusinessKey(code).list();
    }

    /** Completes the officer's task at the step, or has the partner agency answer if the step is an exchange. */
    void complete(String code, String stepKey, Map<String, Object> variables) {
        Task task = task(code, stepKey);
        if (task == null && partners.exchange(code, stepKey).isPresent()) {
            partners.answer(code, stepKey, variables);
            return;
        }
        if (task == null) {
            throw new AssertionError("No open task " + stepKey + " for " + code + "; open: "
                    + openTasks(code).stream().map(Task::getTaskDefinitionKey).toList());
        }
        taskService.complete(task.getId(), variables);
    }

    void complete(String code, String stepKey) {
        complete(code, stepKey, Map.of());
    }

    /** Runs the file's timer jobs that are due at the current (test) clock, oldest first. */
    int fireDueTimers(String code) {
        Date now = ClockUtil.getCurrentTime();
        List<Job> due = timers(code).stream().filter(job -> !job.getDuedate().after(now)).toList();
        due.forEach(job -> managementService.executeJob(job.getId()));
        return due.size();
    }

    List<Job> timers(String code) {
        return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(code).list().stream()
                .flatMap(pi -> managementService.createJobQuery().processInstanceId(pi.getId()).timers().list().stream())
                .sorted(Comparator.comparing(Job::getDuedate))
                .toList();
    }

    /**
     * Whether the file's clock is armed: one of its file deadlines (near due, apology, overdue), drawn
     * on the procedure or in the shared clock of an older file, waits for a date. A stopped clock's
     * timers wait for {@link StepDeadlines#NEVER}.
     */
    boolean deadlinesRunning(String code) {
        return fileDeadlines(code).stream().anyMatch(job -> job.getDuedate().before(StepDeadlines.NEVER));
    }

    /** The pending file-deadline timers of the file (boundary events of processing, or the shared clock's). */
    List<Job> fileDeadlines(String code) {
        return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(code).list().stream()
                .flatMap(pi -> CamundaDossierWorkflow.FILE_DEADLINES.stream().flatMap(activity -> managementService
                        .createJobQuery().processInstanceId(pi.getId()).activityId(activity).timers().list().stream()))
                .toList();
    }

    /** The pending timer of one activity (a boundary event) of the file, if any. */
    Job timer(String code, String activityId) {
        return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(code).list().stream()
                .flatMap(pi -> managementService.createJobQuery().processInstanceId(pi.getId()).activityId(activityId)
                        .timers().list().stream())
                .findFirst().orElse(null);
    }

    /** The usual path of the file's procedure up to (not including) the step given, with typical answers. */
    void completeUntil(String code, String stopAt) {
        for (String step : OfficerAnswers.usualPath(dossiers.get(code).procedureKey())) {
            if (step.equals(stopAt)) {
                return;
            }
            complete(code, step, OfficerAnswers.forStep(step));
        }
    }
}
