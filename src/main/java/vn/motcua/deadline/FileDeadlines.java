package vn.motcua.deadline;

import java.time.LocalDate;
import java.util.Date;

import org.springframework.stereotype.Component;

import vn.motcua.calendar.DeadlineCalculator;
import vn.motcua.calendar.Deadlines;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierService;
import vn.motcua.dossier.FileClockProperties;

/**
 * Timer dates of the file-level clock, read from the register at the moment they are asked for,
 * so {@code recalculateJobDuedate} after an extension, pause or restart picks up the new date.
 * The engine asks through its {@code fileClock} bean (the timer boundary events on each procedure's
 * "Giải quyết hồ sơ": nearDue, apologyDue, overdue; and the shared {@code dossier-deadlines} process
 * that files accepted on older diagrams still run). While the clock stands still (an excluded period,
 * or an agency's supplement request made in time) the timers wait for a date that never comes.
 */
@Component
public class FileDeadlines {

    private final DossierService dossiers;
    private final WorkingCalendar calendar;
    private final Deadlines deadlines;
    private final FileClockProperties properties;

    public FileDeadlines(DossierService dossiers, WorkingCalendar calendar, Deadlines deadlines,
            FileClockProperties properties) {
        this.dossiers = dossiers;
        this.calendar = calendar;
        this.deadlines = deadlines;
        this.properties = properties;
    }

    /** End of office hours on the appointment date; never while the clock is stopped. */
    public Date dueAt(String code) {
        Dossier dossier = dossiers.get(code);
        return running(dossier) ? deadlines.endOfDay(dossier.dueDate()) : StepDeadlines.NEVER;
    }

    /** Morning of the day the "sắp đến hạn" warning is due. */
    public Date nearDueAt(String code) {
        Dossier dossier = dossiers.get(code);
        return running(dossier) ? opening(workingDaysBefore(dossier.dueDate(), properties.nearDueWorkingDays()))
                : StepDeadlines.NEVER;
    }

    /** Morning of the day the apology task opens for the agency's leader. */
    public Date apologyStartsAt(String code) {
        Dossier dossier = dossiers.get(code);
        return running(dossier) ? opening(workingDaysBefore(dossier.dueDate(), properties.apologyLeadWorkingDays()))
                : StepDeadlines.NEVER;
    }

    /** The legal deadline of the apology: one working day before the appointment (Decree 118/2025 Art 19(6)). */
    public Date apologyDeadline(String code) {
        Dossier dossier = dossiers.get(code);
        return running(dossier) ? deadlines.endOfDay(workingDaysBefore(dossier.dueDate(), 1)) : null;
    }

    /** The head of the agency answers an overdue file by the end of the next working day. */
    public Date overdueHandlingDueAt(String code) {
        Dossier dossier = dossiers.get(code);
        return dossier.dueDate() == null ? null : deadlines.endOfDay(calendar.addWorkingDays(dossier.dueDate(), 1));
    }

    /** The file closes if the applicant has not completed it this long after the supplement notice. */
    public Date supplementExpiresAt(String code) {
        Dossier dossier = dossiers.get(code);
        LocalDate noticed = LocalDate.ofInstant(dossier.supplementNoticedAt(), DeadlineCalculator.ZONE);
        return deadlines.endOfDay(calendar.addCalendarDaysEndingOnWorkingDay(noticed, properties.supplementDays()));
    }

    private boolean running(Dossier dossier) {
        return dossier.dueDate() != null && !dossiers.clockStopped(dossier);
    }

    private Date opening(LocalDate day) {
        return Date.from(day.atTime(properties.officeOpensAt()).atZone(DeadlineCalculator.ZONE).toInstant());
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
