package vn.motcua.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.motcua.calendar.CalendarProperties;
import vn.motcua.calendar.DeadlineCalculator;
import vn.motcua.calendar.Deadlines;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierService;
import vn.motcua.dossier.FileClockProperties;
import vn.motcua.procedure.ProcedureRule;
import vn.motcua.system.TimeSource;

/**
 * A step's quota without the engine: counted in working days from the day the step reached the
 * unit, due at closing time, warned at opening time of the last day; a step without a quota, or a
 * process not registered yet, has no due date and timers that never fire.
 */
class StepDeadlinesTest {

    private static final String CODE = "000.00.15.H57-261123-0001";

    private final DossierService dossiers = mock(DossierService.class);
    private final StepDeadlines steps;

    StepDeadlinesTest() {
        WorkingCalendar calendar = WorkingCalendar.of(List.of());
        Deadlines deadlines = new Deadlines(new DeadlineCalculator(calendar, DeadlineCalculator.DEFAULT_CUT_OFF),
                new CalendarProperties(null, LocalTime.of(17, 0), LocalTime.of(15, 0)));
        // Monday 23/11/2026, a plain working week
        TimeSource monday = new TimeSource(Clock.fixed(Instant.parse("2026-11-23T03:00:00Z"), DeadlineCalculator.ZONE));
        FileClockProperties properties = new FileClockProperties(2, 1, 30, 3, LocalTime.of(7, 30), LocalTime.of(16, 0));
        steps = new StepDeadlines(dossiers, calendar, deadlines, monday, properties);
        Dossier dossier = mock(Dossier.class);
        ProcedureRule rule = mock(ProcedureRule.class);
        when(dossiers.get(CODE)).thenReturn(dossier);
        when(dossiers.ruleOf(dossier)).thenReturn(rule);
        when(rule.quotaOf("appraiseFile")).thenReturn(3);
        when(rule.quotaOf("returnResult")).thenReturn(0);
    }

    @Test
    void aStepWithAQuotaIsDueAtClosingTimeOfItsLastWorkingDay() {
        assertThat(steps.dueAt(CODE, "appraiseFile")).isEqualTo(at("2026-11-26T17:00:00+07:00"));
        assertThat(steps.escalateAt(CODE, "appraiseFile")).isEqualTo(at("2026-11-26T17:00:00+07:00"));
        assertThat(steps.warnAt(CODE, "appraiseFile")).isEqualTo(at("2026-11-26T07:30:00+07:00"));
    }

    @Test
    void aStepWithoutAQuotaHasNoDueDateAndItsTimersNeverFire() {
        assertThat(steps.dueAt(CODE, "returnResult")).isNull();
        assertThat(steps.warnAt(CODE, "returnResult")).isEqualTo(StepDeadlines.NEVER);
        assertThat(steps.escalateAt(CODE, "returnResult")).isEqualTo(StepDeadlines.NEVER);
    }

    @Test
    void aProcessNotRegisteredYetHasNoQuota() {
        assertThat(steps.dueAt(null, "appraiseFile")).isNull();
        assertThat(steps.warnAt(null, "appraiseFile")).isEqualTo(StepDeadlines.NEVER);
    }

    private static Date at(String isoOffset) {
        return Date.from(OffsetDateTime.parse(isoOffset).toInstant());
    }
}
