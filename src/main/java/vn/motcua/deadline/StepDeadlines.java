package vn.motcua.deadline;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;

import org.springframework.stereotype.Component;

import vn.motcua.calendar.DeadlineCalculator;
import vn.motcua.calendar.Deadlines;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.dossier.DossierService;
import vn.motcua.dossier.FileClockProperties;
import vn.motcua.system.TimeSource;

/**
 * Step quotas: each step of a file may take the working days its procedure's table gives it
 * (by BPMN task id), counted from when the step reached the unit. The diagrams ask through the
 * engine's {@code stepClock} bean: the step's due date and the timers of its two boundary events
 * (warning on the morning of the last day, escalation when the quota runs out).
 */
@Component
public class StepDeadlines {

    /** A timer that must not fire: no quota, or the file's clock is stopped. */
    public static final Date NEVER = Date.from(Instant.parse("2199-12-31T00:00:00Z"));

    private final DossierService dossiers;
    private final WorkingCalendar calendar;
    private final Deadlines deadlines;
    private final TimeSource clock;
    private final FileClockProperties properties;

    public StepDeadlines(DossierService dossiers, WorkingCalendar calendar, Deadlines deadlines, TimeSource clock,
            FileClockProperties properties) {
        this.dossiers = dossiers;
        this.calendar = calendar;
        this.deadlines = deadlines;
        this.clock = clock;
        this.properties = properties;
    }

    /**
     * End of office hours on the step's last day, or no due date if the step has no quota.
     *
     * @param code the file, or null for a process not registered yet (no quota then)
     */
    public Date dueAt(String code, String stepId) {
        LocalDate due = dueDay(code, stepId);
        return due == null ? null : deadlines.endOfDay(due);
    }

    /** Morning of the step's last day: the assignee is warned. */
    public Date warnAt(String code, String stepId) {
        LocalDate due = dueDay(code, stepId);
        return due == null ? NEVER
                : Date.from(due.atTime(properties.officeOpensAt()).atZone(DeadlineCalculator.ZONE).toInstant());
    }

    /** When the quota runs out: the unit's leader is called in. */
    public Date escalateAt(String code, String stepId) {
        Date due = dueAt(code, stepId);
        return due == null ? NEVER : due;
    }

    private LocalDate dueDay(String code, String stepId) {
        if (code == null) {
            return null;
        }
        int quota = dossiers.ruleOf(dossiers.get(code)).quotaOf(stepId);
        return quota <= 0 ? null : calendar.addWorkingDays(clock.today(), quota);
    }
}
