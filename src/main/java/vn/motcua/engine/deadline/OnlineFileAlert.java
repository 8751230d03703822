package vn.motcua.engine.deadline;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import vn.motcua.deadline.OnlineReceptionDeadlines;
import vn.motcua.deadline.StepAlerts;
import vn.motcua.engine.dossier.FileIdentity;

/**
 * Two working hours after an online file arrived and nobody at the desk has taken it up: the check
 * rises in the desk's list with a comment, and the file's history records the alert (Decree 118/2025
 * Art 17(2)). A file already claimed needs no alert. In {@code dossier-reception.bpmn}, the service task
 * "Nhắc bộ phận một cửa" after the boundary event "Quá 02 giờ chưa có cán bộ nhận".
 */
@Component("onlineFileAlert")
class OnlineFileAlert implements JavaDelegate {

    private final OnlineReceptionDeadlines reception;

    OnlineFileAlert(OnlineReceptionDeadlines reception) {
        this.reception = reception;
    }

    @Override
    public void execute(DelegateExecution execution) {
        TaskService tasks = execution.getProcessEngineServices().getTaskService();
        boolean alerted = false;
        for (Task task : AttachedTask.of(execution)) {
            if (task.getAssignee() != null) {
                continue;
            }
            if (task.getPriority() < StepAlerts.WARNING_PRIORITY) {
                tasks.setPriority(task.getId(), StepAlerts.WARNING_PRIORITY);
            }
            tasks.createComment(task.getId(), task.getProcessInstanceId(), StepAlerts.unclaimedOnlineFileComment());
            alerted = true;
        }
        if (alerted) {
            reception.unclaimed(FileIdentity.codeOf(execution));
        }
    }
}
