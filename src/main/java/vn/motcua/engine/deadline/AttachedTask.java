package vn.motcua.engine.deadline;

import java.util.Collection;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;

/**
 * The step a deadline path acts on: the user task its timer boundary event is attached to. The
 * path is followed back from the current element (one incoming flow each) to that boundary event,
 * so an analyst may add steps between the timer and the delegate in Modeler.
 */
final class AttachedTask {

    /** Longest path followed back; a deadline path is a few elements long. */
    private static final int MAX_STEPS = 20;

    private AttachedTask() {
    }

    /** @return the open tasks of the step (one, unless the step runs several times at once) */
    static List<Task> of(DelegateExecution execution) {
        String step = stepOf(execution);
        return execution.getProcessEngineServices().getTaskService().createTaskQuery()
                .processInstanceId(execution.getProcessInstanceId()).taskDefinitionKey(step).list();
    }

    /** The id of the activity the path's boundary event is attached to. */
    static String stepOf(DelegateExecution execution) {
        FlowElement element = execution.getBpmnModelElementInstance();
        for (int i = 0; i < MAX_STEPS && element instanceof FlowNode node; i++) {
            if (node instanceof BoundaryEvent boundary) {
                return boundary.getAttachedTo().getId();
            }
            Collection<SequenceFlow> incoming = node.getIncoming();
            if (incoming.size() != 1) {
                break;
            }
            element = incoming.iterator().next().getSource();
        }
        throw new IllegalStateException("'" + execution.getCurrentActivityId() + "' of process definition "
                + execution.getProcessDefinitionId() + " does not follow a timer boundary event of a step"
                + " (one incoming flow per element back to the event)");
    }
}
