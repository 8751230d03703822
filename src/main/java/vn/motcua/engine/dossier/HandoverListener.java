package vn.motcua.engine.dossier;

import java.time.Instant;
import java.util.Date;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

import vn.motcua.dossier.Handovers;
import vn.motcua.system.TimeSource;

/** Records every user task of every diagram on the control sheet; attached by {@link HandoverRecording}. */
class HandoverListener implements TaskListener {

    private final Handovers handovers;
    private final TimeSource clock;

    HandoverListener(Handovers handovers, TimeSource clock) {
        this.handovers = handovers;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        Object code = task.getVariable(DossierProcess.CODE);
        if (code == null) {
            return;
        }
        switch (task.getEventName()) {
            case EVENTNAME_CREATE -> handovers.opened(code.toString(), task.getId(), task.getTaskDefinitionKey(),
                    task.getName(), units(task), clock.now(), instant(task.getDueDate()));
            case EVENTNAME_ASSIGNMENT -> handovers.assigned(task.getId(), task.getAssignee());
            case EVENTNAME_UPDATE -> handovers.dueChanged(task.getId(), instant(task.getDueDate()));
            case EVENTNAME_COMPLETE -> handovers.finished(task.getId(), task.getAssignee(), clock.now(),
                    instant(task.getDueDate()));
            case EVENTNAME_DELETE -> handovers.cancelled(task.getId(), clock.now());
            default -> { }
        }
    }

    private static String units(DelegateTask task) {
        return WorkQueueListener.candidateGroups(task).stream().sorted().collect(Collectors.joining(","));
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
