package vn.motcua.deadline;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.stereotype.Component;

import vn.motcua.dossier.Handovers;
import vn.motcua.organisation.GroupNames;

/**
 * The step used up its quota: the leaders of the unit holding it become candidates (so they
 * see it in "Quá hạn" and can reassign it), the task goes to the top, and the control sheet
 * records the escalation. Bound in the diagrams as {@code ${stepEscalation}}.
 */
@Component("stepEscalation")
public class StepEscalationListener implements TaskListener {

    static final int ESCALATION_PRIORITY = 90;

    private final Handovers handovers;

    public StepEscalationListener(Handovers handovers) {
        this.handovers = handovers;
    }

    @Override
    public void notify(DelegateTask task) {
        List<String> leaderGroups = task.getCandidates().stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(link -> GroupNames.leadersOf(link.getGroupId()))
                .distinct().toList();
        leaderGroups.forEach(task::addCandidateGroup);
        task.setPriority(Math.max(task.getPriority(), ESCALATION_PRIORITY));
        handovers.escalated(task.getId());
        task.getProcessEngineServices().getTaskService().createComment(task.getId(), task.getProcessInstanceId(),
                "Quá hạn xử lý bước \"" + task.getName() + "\": đã báo lãnh đạo đơn vị (" + String.join(", ", leaderGroups) + ").");
    }

}
