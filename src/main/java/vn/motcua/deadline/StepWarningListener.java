package vn.motcua.deadline;

import java.time.format.DateTimeFormatter;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import vn.motcua.calendar.DeadlineCalculator;

/**
 * The step's last day has begun: the task rises in the officer's list and says so in its
 * comments (Tasklist shows both). Bound in the diagrams as {@code ${stepWarning}}.
 */
@Component("stepWarning")
public class StepWarningListener implements TaskListener {

    static final int WARNING_PRIORITY = 70;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy")
            .withZone(DeadlineCalculator.ZONE);

    @Override
    public void notify(DelegateTask task) {
        task.setPriority(Math.max(task.getPriority(), WARNING_PRIORITY));
        String due = task.getDueDate() == null ? "" : " (hạn " + TIME.format(task.getDueDate().toInstant()) + ")";
        task.getProcessEngineServices().getTaskService().createComment(task.getId(), task.getProcessInstanceId(),
                "Cảnh báo: bước \"" + task.getName() + "\" sắp hết thời gian xử lý" + due + ".");
    }
}
