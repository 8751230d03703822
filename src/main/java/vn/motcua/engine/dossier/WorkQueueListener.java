package vn.motcua.engine.dossier;

import java.time.Instant;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLinkType;

import vn.motcua.workqueue.WorkItem;
import vn.motcua.workqueue.WorkQueue;

/**
 * Keeps every user task of every diagram, file or not (a complaint's steps too), in the work queue of
 * its candidate groups; attached by {@link HandoverRecording}. Built in, so it runs even when an instance is
 * cancelled with "skip custom listeners".
 */
class WorkQueueListener implements TaskListener {

    private final WorkQueue queue;

    WorkQueueListener(WorkQueue queue) {
        this.queue = queue;
    }

    @Override
    public void notify(DelegateTask task) {
        switch (task.getEventName()) {
            case EVENTNAME_CREATE -> queue.opened(item(task));
            case EVENTNAME_ASSIGNMENT -> queue.assigned(task.getId(), task.getAssignee());
            // also fired when the engine's API adds a candidate group; after a removal, the removed link is still
            // in the task's list at that moment, so its row goes at the task's next event
            case EVENTNAME_UPDATE -> queue.updated(item(task));
            case EVENTNAME_COMPLETE, EVENTNAME_DELETE -> queue.closed(task.getId());
            default -> { }
        }
    }

    private static WorkItem item(DelegateTask task) {
        return new WorkItem(task.getId(), candidateGroups(task), task.getAssignee(),
                text(task.getVariable(CamundaDossierWorkflow.DUE_DATE)), instant(task.getDueDate()),
                text(task.getVariable(DossierProcess.CODE)));
    }

    static List<String> candidateGroups(DelegateTask task) {
        return task.getCandidates().stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(link -> link.getGroupId()).distinct().toList();
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
