package vn.motcua.engine.deadline;

import java.util.Date;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

import vn.motcua.deadline.StepDeadlines;
import vn.motcua.engine.dossier.FileIdentity;

/**
 * Step quotas as the diagrams call them:
 * {@code camunda:dueDate="${stepClock.dueAt(execution, 'appraiseFile')}"} and the timers of the
 * step's two boundary events, {@code appraiseFileWarning} ({@code ${stepClock.warnAt(execution, 'appraiseFile')}})
 * and {@code appraiseFileEscalation} ({@code ${stepClock.escalateAt(execution, 'appraiseFile')}}).
 * The dates are {@link StepDeadlines}'; this bean only finds the file.
 */
@Component("stepClock")
public class StepClock {

    private final StepDeadlines deadlines;

    StepClock(StepDeadlines deadlines) {
        this.deadlines = deadlines;
    }

    public Date dueAt(VariableScope execution, String stepId) {
        return deadlines.dueAt(FileIdentity.codeOf(execution), stepId);
    }

    public Date warnAt(VariableScope execution, String stepId) {
        return deadlines.warnAt(FileIdentity.codeOf(execution), stepId);
    }

    public Date escalateAt(VariableScope execution, String stepId) {
        return deadlines.escalateAt(FileIdentity.codeOf(execution), stepId);
    }
}
