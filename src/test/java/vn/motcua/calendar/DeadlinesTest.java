package vn.motcua.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Date;

import org.camunda.bpm.impl.juel.ExpressionFactoryImpl;
import org.camunda.bpm.impl.juel.SimpleContext;
import org.camunda.bpm.impl.juel.jakarta.el.ExpressionFactory;
import org.junit.jupiter.api.Test;

/** The {@code deadlines} bean as BPMN timers call it. */
class DeadlinesTest {

    private final Deadlines deadlines = new Deadlines(TestCalendars.CALCULATOR,
            new CalendarProperties(null, LocalTime.of(17, 0), LocalTime.of(15, 0)));

    @Test
    void afterWorkingDaysEndsAtOfficeClosingInVietnam() {
        assertThat(deadlines.afterWorkingDays(at("2026-02-13T16:45:00+07:00"), 1)).isEqualTo(at("2026-02-23T17:00:00+07:00"));
        assertThat(deadlines.afterWorkingDays(at("2026-02-13T09:00:00+07:00"), 1, 2)).isEqualTo(at("2026-02-25T17:00:00+07:00"));
        // 23:30 UTC on the 12th is already the 13th in Vietnam.
        assertThat(deadlines.afterWorkingDays(at("2026-02-12T23:30:00Z"), 1)).isEqualTo(at("2026-02-23T10:00:00Z"));
    }

    @Test
    void afterReceiptAppliesTheCutOff() {
        assertThat(deadlines.afterReceipt(at("2026-02-13T14:59:00+07:00"), 1)).isEqualTo(at("2026-02-23T17:00:00+07:00"));
        assertThat(deadlines.afterReceipt(at("2026-02-13T15:01:00+07:00"), 1)).isEqualTo(at("2026-02-24T17:00:00+07:00"));
        assertThat(deadlines.afterReceipt(at("2026-02-13T15:01:00+07:00"), 1, 3)).isEqualTo(at("2026-02-27T17:00:00+07:00"));
        assertThat(deadlines.acceptanceDay(at("2026-02-13T15:01:00+07:00"))).isEqualTo(LocalDate.of(2026, 2, 23));
    }

    @Test
    void endOfDayAndEndOfWorkingDay() {
        assertThat(deadlines.endOfDay(LocalDate.of(2026, 2, 14))).isEqualTo(at("2026-02-14T17:00:00+07:00"));
        assertThat(deadlines.endOfWorkingDay("2026-02-14")).isEqualTo(at("2026-02-23T17:00:00+07:00"));
        assertThat(deadlines.endOfWorkingDay("2026-02-13")).isEqualTo(at("2026-02-13T17:00:00+07:00"));
    }

    @Test
    void calendarDaysAndLocalDateHelpers() {
        assertThat(deadlines.afterCalendarDays(at("2026-01-16T09:00:00+07:00"), 30)).isEqualTo(at("2026-02-23T17:00:00+07:00"));
        assertThat(deadlines.addWorkingDays(LocalDate.of(2026, 2, 13), 1)).isEqualTo(LocalDate.of(2026, 2, 23));
        assertThat(deadlines.isWorkingDay(LocalDate.of(2026, 8, 22))).isTrue();
        assertThat(deadlines.localDay(at("2026-02-12T18:00:00Z"))).isEqualTo(LocalDate.of(2026, 2, 13));
    }

    @Test
    void officeClosingTimeIsConfigurable() {
        Deadlines early = new Deadlines(TestCalendars.CALCULATOR,
                new CalendarProperties(null, LocalTime.of(16, 30), LocalTime.of(15, 0)));
        assertThat(early.endOfDay(LocalDate.of(2026, 2, 23))).isEqualTo(at("2026-02-23T16:30:00+07:00"));
    }

    @Test
    void aMissingStartIsReportedClearly() {
        assertThatThrownBy(() -> deadlines.afterWorkingDays(null, 3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("process variable");
    }

    /**
     * Evaluated by Camunda's own JUEL, as in {@code timeDate="${deadlines.afterReceipt(receivedAt, 12)}"}:
     * integer literals arrive as Long and overloads are told apart by argument count.
     */
    @Test
    void camundaExpressionLanguageCanCallIt() {
        ExpressionFactory factory = new ExpressionFactoryImpl();
        SimpleContext context = new SimpleContext();
        context.setVariable("deadlines", factory.createValueExpression(deadlines, Deadlines.class));
        context.setVariable("receivedAt", factory.createValueExpression(at("2026-02-10T09:00:00+07:00"), Date.class));
        context.setVariable("paused", factory.createValueExpression(2, Integer.class));

        Object twelve = factory.createValueExpression(context, "${deadlines.afterReceipt(receivedAt, 12)}", Object.class)
                .getValue(context);
        Object pushed = factory.createValueExpression(context, "${deadlines.afterWorkingDays(receivedAt, 12, paused)}",
                Object.class).getValue(context);
        Object fixed = factory.createValueExpression(context, "${deadlines.endOfWorkingDay('2026-02-14')}", Object.class)
                .getValue(context);

        assertThat(twelve).isEqualTo(at("2026-03-05T17:00:00+07:00"));
        assertThat(pushed).isEqualTo(at("2026-03-09T17:00:00+07:00"));
        assertThat(fixed).isEqualTo(at("2026-02-23T17:00:00+07:00"));
    }

    private static Date at(String isoOffsetDateTime) {
        return Date.from(OffsetDateTime.parse(isoOffsetDateTime).toInstant());
    }
}
