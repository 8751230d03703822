package vn.motcua.engine.deadline;

import java.util.Date;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import vn.motcua.deadline.StepAlerts;

/**
 * The step's last day has begun: the task rises in the officer's list and says so in its
 * comments (Tasklist shows both). In the diagrams, the service task "Nhắc cán bộ xử lý" after the
 * step's timer boundary event "Sắp hết định mức bước" ({@code camunda:delegateExpression="${stepWarning}"}):
 * it acts on the task the boundary event is attached to.
 * <p>
 * Diagrams deployed before the step deadlines were drawn bound the same bean as a {@code timeout}
 * task listener; tasks still open on those versions keep calling {@link #notify(DelegateTask)}.
 */
@Component("stepWarning")
class StepWarning implements JavaDelegate, TaskListener {

    @Override
    public void execute(DelegateExecution execution) {
        TaskService tasks = execution.getProcessEngineServices().getTaskService();
        for (Task task : AttachedTask.of(execution)) {
            if (task.getPriority() < StepAlerts.WARNING_PRIORITY) {
                tasks.setPriority(task.getId(), StepAlerts.WARNING_PRIORITY);
            }
            tasks.createComment(task.getId(), task.getProcessInstanceId(), comment(task.getName(), task.getDueDate()));
        }
    }

    @Override
    public void notify(DelegateTask task) {
        task.setPriority(Math.max(task.getPriority(), StepAlerts.WARNING_PRIORITY));
        task.getProcessEngineServices().getTaskService().createComment(task.getId(), task.getProcessInstanceId(),
                comment(task.getName(), task.getDueDate()));
    }

    private static String comment(String step, Date due) {
        return StepAlerts.warningComment(step, due == null ? null : due.toInstant());
    }
}
