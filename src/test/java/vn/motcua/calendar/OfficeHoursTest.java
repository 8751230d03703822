package vn.motcua.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Working hours: hours inside the office sessions (07:30-11:30, 13:00-17:00) of working days of the
 * calendar. The online acceptance deadline (Decree 118/2025 Art 17(2), 08 working hours) and the
 * 02-hour alert are counted with them.
 */
class OfficeHoursTest {

    private static final OfficeHours HOURS = new OfficeHours(TestCalendars.OFFICIAL,
            new OfficeHoursProperties(List.of("07:30-11:30", "13:00-17:00")));

    @Test
    void hoursRunInsideTheSessionsOfTheDay() {
        assertThat(HOURS.plusWorkingHours(at(2026, 11, 23, 8, 0), 2)).isEqualTo(at(2026, 11, 23, 10, 0));
        // 10:30 + 2 h: one hour before lunch, one after
        assertThat(HOURS.plusWorkingHours(at(2026, 11, 23, 10, 30), 2)).isEqualTo(at(2026, 11, 23, 14, 0));
        assertThat(HOURS.plusWorkingHours(at(2026, 11, 23, 7, 30), 8)).isEqualTo(at(2026, 11, 23, 17, 0));
    }

    @Test
    void aFileReceivedOutsideTheSessionsCountsFromTheNextOne() {
        // lunch: from 13:00
        assertThat(HOURS.plusWorkingHours(at(2026, 11, 23, 12, 0), 2)).isEqualTo(at(2026, 11, 23, 15, 0));
        // before opening: from 07:30
        assertThat(HOURS.plusWorkingHours(at(2026, 11, 23, 6, 0), 2)).isEqualTo(at(2026, 11, 23, 9, 30));
        // Saturday 21/11/2026: from Monday 07:30
        assertThat(HOURS.plusWorkingHours(at(2026, 11, 21, 10, 0), 2)).isEqualTo(at(2026, 11, 23, 9, 30));
        // evening: from the next working morning
        assertThat(HOURS.plusWorkingHours(at(2026, 11, 23, 20, 0), 8)).isEqualTo(at(2026, 11, 24, 17, 0));
    }

    @Test
    void hoursSkipTheWeekendAndTheHolidaysOfTheCalendar() {
        // Friday 20/11/2026 15:30: 1.5 h on Friday, 6.5 h on Monday 23/11
        assertThat(HOURS.plusWorkingHours(at(2026, 11, 20, 15, 30), 8)).isEqualTo(at(2026, 11, 23, 15, 30));
        assertThat(HOURS.plusWorkingHours(at(2026, 11, 20, 15, 30), 2)).isEqualTo(at(2026, 11, 23, 8, 0));
        // Friday 13/02/2026 16:00: Tết 2026 is Mon 16/02 - Fri 20/02, so 1 h Friday and 7 h on Mon 23/02
        assertThat(HOURS.plusWorkingHours(at(2026, 2, 13, 16, 0), 8)).isEqualTo(at(2026, 2, 23, 16, 0));
    }

    @Test
    void sessionsMustBeOrderedAndNotOverlap() {
        assertThatThrownBy(() -> new OfficeHours(TestCalendars.OFFICIAL,
                new OfficeHoursProperties(List.of("13:00-17:00", "07:30-13:30"))))
                .hasMessageContaining("motcua.office-hours.sessions");
        assertThatThrownBy(() -> new OfficeHours(TestCalendars.OFFICIAL, new OfficeHoursProperties(List.of("7h30"))))
                .hasMessageContaining("7h30");
    }

    private static Instant at(int year, int month, int day, int hour, int minute) {
        return LocalDate.of(year, month, day).atTime(LocalTime.of(hour, minute)).atZone(DeadlineCalculator.ZONE).toInstant();
    }
}
