package vn.motcua.engine.deadline;

import java.util.List;
import java.util.stream.Stream;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import vn.motcua.deadline.StepAlerts;
import vn.motcua.dossier.Handovers;
import vn.motcua.workqueue.WorkQueue;

/**
 * The step used up its quota: the leaders of the unit holding it become candidates (so they
 * see it in "Quá hạn" and can reassign it), the task goes to the top, and the control sheet
 * records the escalation; the task joins the leaders' work queue. In the diagrams, the service task "Báo lãnh đạo đơn vị" after the
 * step's timer boundary event "Quá định mức bước" ({@code camunda:delegateExpression="${stepEscalation}"}):
 * it acts on the task the boundary event is attached to.
 * <p>
 * Diagrams deployed before the step deadlines were drawn bound the same bean as a {@code timeout}
 * task listener; tasks still open on those versions keep calling {@link #notify(DelegateTask)}.
 */
@Component("stepEscalation")
class StepEscalation implements JavaDelegate, TaskListener {

    private final Handovers handovers;
    private final WorkQueue queue;

    StepEscalation(Handovers handovers, WorkQueue queue) {
        this.handovers = handovers;
        this.queue = queue;
    }

    @Override
    public void execute(DelegateExecution execution) {
        TaskService tasks = execution.getProcessEngineServices().getTaskService();
        for (Task task : AttachedTask.of(execution)) {
            List<String> leaderGroups = leadersOf(tasks.getIdentityLinksForTask(task.getId()).stream());
            // through the engine's API: the task's update event puts it in the leaders' work queue
            leaderGroups.forEach(group -> tasks.addCandidateGroup(task.getId(), group));
            if (task.getPriority() < StepAlerts.ESCALATION_PRIORITY) {
                tasks.setPriority(task.getId(), StepAlerts.ESCALATION_PRIORITY);
            }
            handovers.escalated(task.getId());
            tasks.createComment(task.getId(), task.getProcessInstanceId(),
                    StepAlerts.escalationComment(task.getName(), leaderGroups));
        }
    }

    @Override
    public void notify(DelegateTask task) {
        List<String> leaderGroups = leadersOf(task.getCandidates().stream());
        leaderGroups.forEach(task::addCandidateGroup);
        // on the task itself, which fires no update event: the work queue is told
        queue.groupsAdded(task.getId(), leaderGroups);
        task.setPriority(Math.max(task.getPriority(), StepAlerts.ESCALATION_PRIORITY));
        handovers.escalated(task.getId());
        task.getProcessEngineServices().getTaskService().createComment(task.getId(), task.getProcessInstanceId(),
                StepAlerts.escalationComment(task.getName(), leaderGroups));
    }

    private static List<String> leadersOf(Stream<? extends IdentityLink> links) {
        return StepAlerts.leadersOf(links.filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
                .map(IdentityLink::getGroupId).toList());
    }
}
