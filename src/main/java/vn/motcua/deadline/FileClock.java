package vn.motcua.deadline;

import java.time.LocalDate;
import java.util.Date;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

import vn.motcua.calendar.Deadlines;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierService;
import vn.motcua.dossier.FileClockProperties;
import vn.motcua.dossier.FileIdentity;

/**
 * Timer dates of the file-level clock, read from the register at the moment the engine asks,
 * so {@code recalculateJobDuedate} after an extension, pause or restart picks up the new date.
 * Used as {@code timeDate="${fileClock.dueAt(execution)}"} by the timer boundary events on each
 * procedure's "Giải quyết hồ sơ" ({@code processFile}: nearDue, apologyDue, overdue), and by the
 * shared {@code dossier-deadlines} process that files accepted on older diagrams still run.
 * While the clock stands still (an excluded period, or an agency's supplement request made in
 * time) the timers wait for a date that never comes.
 */
@Component("fileClock")
public class FileClock {

    private final DossierService dossiers;
    private final WorkingCalendar calendar;
    private final Deadlines deadlines;
    private final FileClockProperties properties;

    public FileClock(DossierService dossiers, WorkingCalendar calendar, Deadlines deadlines,
            FileClockProperties properties) {
        this.dossiers = dossiers;
        this.calendar = calendar;
        this.deadlines = deadlines;
        this.properties = properties;
    }

    /** End of office hours on the appointment date; never while the clock is stopped. */
    public Date dueAt(VariableScope execution) {
        Dossier dossier = dossier(execution);
        return running(dossier) ? deadlines.endOfDay(dossier.dueDate()) : StepClock.NEVER;
    }

    /** Morning of the day the "sắp đến hạn" warning is due. */
    public Date nearDueAt(VariableScope execution) {
        Dossier dossier = dossier(execution);
        return running(dossier) ? opening(workingDaysBefore(dossier.dueDate(), properties.nearDueWorkingDays()))
                : StepClock.NEVER;
    }

    /** Morning of the day the apology task opens for the agency's leader. */
    public Date apologyStartsAt(VariableScope execution) {
        Dossier dossier = dossier(execution);
        return running(dossier) ? opening(workingDaysBefore(dossier.dueDate(), properties.apologyLeadWorkingDays()))
                : StepClock.NEVER;
    }

    /** The legal deadline of the apology: one working day before the appointment (Decree 118/2025 Art 19(6)). */
    public Date apologyDeadline(VariableScope execution) {
        Dossier dossier = dossier(execution);
        return running(dossier) ? deadlines.endOfDay(workingDaysBefore(dossier.dueDate(), 1)) : null;
    }

    /** The head of the agency answers an overdue file by the end of the next working day. */
    public Date overdueHandlingDueAt(VariableScope execution) {
        Dossier dossier = dossier(execution);
        return dossier.dueDate() == null ? null : deadlines.endOfDay(calendar.addWorkingDays(dossier.dueDate(), 1));
    }

    /** The file closes if the applicant has not completed it this long after the supplement notice. */
    public Date supplementExpiresAt(VariableScope execution) {
        Dossier dossier = dossier(execution);
        LocalDate noticed = LocalDate.ofInstant(dossier.supplementNoticedAt(), vn.motcua.calendar.DeadlineCalculator.ZONE);
        return deadlines.endOfDay(calendar.addCalendarDaysEndingOnWorkingDay(noticed, properties.supplementDays()));
    }

    private Dossier dossier(VariableScope execution) {
        return dossiers.get(FileIdentity.codeOf(execution));
    }

    private boolean running(Dossier dossier) {
        return dossier.dueDate() != null && !dossiers.clockStopped(dossier);
    }

    private Date opening(LocalDate day) {
        return Date.from(day.atTime(properties.officeOpensAt()).atZone(vn.motcua.calendar.DeadlineCalculator.ZONE).toInstant());
    }

    private LocalDate workingDaysBefore(LocalDate day, int workingDays) {
        LocalDate result = day;
        for (int counted = 0; counted < workingDays; ) {
            result = result.minusDays(1);
            if (calendar.isWorkingDay(result)) {
                counted++;
            }
        }
        return result;
    }
}
