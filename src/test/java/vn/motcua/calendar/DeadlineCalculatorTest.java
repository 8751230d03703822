package vn.motcua.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DeadlineCalculatorTest {

    private final DeadlineCalculator calculator = TestCalendars.CALCULATOR;

    @ParameterizedTest(name = "received {0} -> counted from {1}")
    @CsvSource({
            "2026-02-13T10:00:00+07:00, 2026-02-13",
            "2026-02-13T15:00:00+07:00, 2026-02-13", // 15:00 sharp is still in time
            "2026-02-13T15:00:01+07:00, 2026-02-23", // after 15:00: next working day (after Tết)
            "2026-02-13T08:30:00Z, 2026-02-23", // 15:30 in Vietnam
            "2026-02-12T20:00:00Z, 2026-02-13", // 03:00 on the 13th in Vietnam
            "2026-02-14T09:00:00+07:00, 2026-02-23", // Saturday
            "2026-02-17T09:00:00+07:00, 2026-02-23", // Tết
            "2026-08-22T09:00:00+07:00, 2026-08-22", // make-up Saturday
            "2026-08-22T16:00:00+07:00, 2026-08-24",
    })
    void acceptanceDay(OffsetDateTime receivedAt, LocalDate expected) {
        assertThat(calculator.acceptanceDay(receivedAt)).isEqualTo(expected);
        assertThat(calculator.acceptanceDay(receivedAt.toInstant())).isEqualTo(expected);
        assertThat(calculator.acceptanceDay(receivedAt.atZoneSameInstant(DeadlineCalculator.ZONE))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "received {0}, {1} working days -> due {2}")
    @CsvSource({
            "2026-02-13T10:00:00+07:00, 1, 2026-02-23",
            "2026-02-13T16:00:00+07:00, 1, 2026-02-24",
            "2026-02-10T09:00:00+07:00, 12, 2026-03-05",
            "2026-02-14T09:00:00+07:00, 3, 2026-02-26",
    })
    void startCountsFromTheAcceptanceDay(OffsetDateTime receivedAt, int days, LocalDate due) {
        Deadline deadline = calculator.start(receivedAt.toInstant(), days);
        assertThat(deadline.dueDate()).isEqualTo(due);
        assertThat(deadline.workingDays()).isEqualTo(days);
        assertThat(deadline.pausedWorkingDays()).isZero();
    }

    @Test
    void startOnADayOffCountsFromTheNextWorkingDay() {
        Deadline deadline = calculator.startOn(LocalDate.of(2026, 2, 14), 1);
        assertThat(deadline.acceptedOn()).isEqualTo(LocalDate.of(2026, 2, 23));
        assertThat(deadline.dueDate()).isEqualTo(LocalDate.of(2026, 2, 24));
    }

    /**
     * Received Wed 01/04/2026 with 15 days: due Wed 22/04. Tax payment Mon 13/04 to Wed 15/04 stops
     * the clock for 2 working days; public posting Fri 24/04 to Tue 28/04 for 1 (the weekend and the
     * compensatory Monday are not working days anyway).
     */
    @Test
    void excludedPeriodsPushTheDueDateByTheirWorkingDays() {
        Deadline deadline = calculator.startOn(LocalDate.of(2026, 4, 1), 15);
        assertThat(deadline.dueDate()).isEqualTo(LocalDate.of(2026, 4, 22));

        Deadline paused = calculator.pause(deadline, LocalDate.of(2026, 4, 13), LocalDate.of(2026, 4, 15));
        assertThat(paused.pausedWorkingDays()).isEqualTo(2);
        assertThat(paused.dueDate()).isEqualTo(LocalDate.of(2026, 4, 24));

        Deadline postedToo = calculator.pause(paused, LocalDate.of(2026, 4, 24), LocalDate.of(2026, 4, 28));
        assertThat(postedToo.pausedWorkingDays()).isEqualTo(3);
        assertThat(postedToo.dueDate()).isEqualTo(LocalDate.of(2026, 4, 28));
        assertThat(postedToo.acceptedOn()).isEqualTo(deadline.acceptedOn());
    }

    @Test
    void pausedDaysAddLikeWorkingDays() {
        Deadline deadline = calculator.startOn(LocalDate.of(2026, 2, 10), 3);
        Deadline pushed = calculator.addPausedWorkingDays(deadline, 4);
        assertThat(pushed.dueDate()).isEqualTo(TestCalendars.OFFICIAL.addWorkingDays(deadline.dueDate(), 4));
        assertThat(calculator.addPausedWorkingDays(deadline, 0)).isEqualTo(deadline);
    }

    /** Supplement asked by the processing agency: the limit restarts from zero when the file is complete again. */
    @Test
    void restartCountsTheWholeLimitFromTheCompletionDay() {
        Deadline deadline = calculator.addPausedWorkingDays(calculator.startOn(LocalDate.of(2026, 3, 2), 12), 2);

        Instant completedAt = ZonedDateTime.parse("2026-04-24T16:30:00+07:00[Asia/Ho_Chi_Minh]").toInstant();
        Deadline restarted = calculator.start(completedAt, deadline.workingDays());

        assertThat(restarted.acceptedOn()).isEqualTo(LocalDate.of(2026, 4, 28)); // after 15:00 Fri; Mon 27 is off
        assertThat(restarted.pausedWorkingDays()).isZero();
        assertThat(restarted.workingDays()).isEqualTo(12);
        assertThat(restarted.dueDate()).isEqualTo(LocalDate.of(2026, 5, 18)); // 30/4 and 1/5 are off
    }

    @Test
    void calendarDayPeriodsFromReceipt() {
        Instant received = OffsetDateTime.parse("2026-01-16T09:00:00+07:00").toInstant();
        assertThat(calculator.calendarDaysAfterReceipt(received, 30)).isEqualTo(LocalDate.of(2026, 2, 23));
    }

    /**
     * Land Law 2024 Art 235(2): 30 days "from the day the request is received". Neither the cut-off
     * (this calculator has 15:00) nor a day off moves the start; only the last day leaves a day off.
     */
    @ParameterizedTest(name = "request received {0} -> due {1}")
    @CsvSource({
            "2026-02-13T16:00:00+07:00, 2026-03-16", // Fri after 15:00, before Tết: 15/03 is a Sunday
            "2026-02-14T09:00:00+07:00, 2026-03-16", // Saturday: counted from Saturday, not from 23/02
            "2026-02-17T09:00:00+07:00, 2026-03-19", // during Tết: counted from that day
    })
    void calendarDayPeriodsStartOnTheDayOfReceiptWhateverTheHourOrTheDay(OffsetDateTime receivedAt, LocalDate due) {
        assertThat(calculator.calendarDaysAfterReceipt(receivedAt.toInstant(), 30)).isEqualTo(due);
    }

    @Test
    void nonsenseIsRefused() {
        Deadline deadline = calculator.startOn(LocalDate.of(2026, 3, 2), 10);
        assertThatThrownBy(() -> calculator.addPausedWorkingDays(deadline, -1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> calculator.pause(deadline, LocalDate.of(2026, 3, 9), LocalDate.of(2026, 3, 8)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> calculator.startOn(LocalDate.of(2026, 3, 2), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
