package vn.motcua.deadline;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

import vn.motcua.calendar.DeadlineCalculator;
import vn.motcua.calendar.Deadlines;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.dossier.DossierService;
import vn.motcua.dossier.FileClockProperties;
import vn.motcua.dossier.FileIdentity;
import vn.motcua.system.TimeSource;

/**
 * Step quotas: each step of a file may take the working days its procedure's table gives it
 * (by BPMN task id), counted from when the step reached the unit. Used in the diagrams as
 * {@code camunda:dueDate="${stepClock.dueAt(execution, 'appraiseFile')}"} and in the timers of the
 * step's two boundary events, {@code appraiseFileWarning} ({@code ${stepClock.warnAt(execution, 'appraiseFile')}})
 * and {@code appraiseFileEscalation} ({@code ${stepClock.escalateAt(execution, 'appraiseFile')}}).
 */
@Component("stepClock")
public class StepClock {

    /** A timer that must not fire: no quota, or the file's clock is stopped. */
    public static final Date NEVER = Date.from(Instant.parse("2199-12-31T00:00:00Z"));

    private final DossierService dossiers;
    private final WorkingCalendar calendar;
    private final Deadlines deadlines;
    private final TimeSource clock;
    private final FileClockProperties properties;

    public StepClock(DossierService dossiers, WorkingCalendar calendar, Deadlines deadlines, TimeSource clock,
            FileClockProperties properties) {
        this.dossiers = dossiers;
        this.calendar = calendar;
        this.deadlines = deadlines;
        this.clock = clock;
        this.properties = properties;
    }

    /** End of office hours on the step's last day, or no due date if the step has no quota. */
    public Date dueAt(VariableScope execution, String stepId) {
        LocalDate due = dueDay(execution, stepId);
        return due == null ? null : deadlines.endOfDay(due);
    }

    /** Morning of the step's last day: the assignee is warned. */
    public Date warnAt(VariableScope execution, String stepId) {
        LocalDate due = dueDay(execution, stepId);
        return due == null ? NEVER
                : Date.from(due.atTime(properties.officeOpensAt()).atZone(DeadlineCalculator.ZONE).toInstant());
    }

    /** When the quota runs out: the unit's leader is called in. */
    public Date escalateAt(VariableScope execution, String stepId) {
        Date due = dueAt(execution, stepId);
        return due == null ? NEVER : due;
    }

    private LocalDate dueDay(VariableScope execution, String stepId) {
        String code = FileIdentity.codeOf(execution);
        if (code == null) {
            return null;
        }
        int quota = dossiers.ruleOf(dossiers.get(code)).quotaOf(stepId);
        return quota <= 0 ? null : calendar.addWorkingDays(clock.today(), quota);
    }
}
