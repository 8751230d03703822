package vn.motcua.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class ScheduleNoticesTest {

    @Test
    void nextYearWithoutAnOfficialScheduleShowsFromNovemberOn() {
        WorkingCalendar calendar = WorkingCalendar.of(List.of(YearSchedule.official(2026, "Thông báo thử", List.of())));
        assertThat(calendar.hasOfficialSchedule(2026)).isTrue();
        assertThat(ScheduleNotices.of(calendar, LocalDate.of(2026, 10, 31))).isEmpty();
        assertThat(ScheduleNotices.of(calendar, LocalDate.of(2026, 11, 1))).singleElement().asString()
                .contains("năm 2027").contains("calendar/official/2027.yaml");
        assertThat(ScheduleNotices.of(calendar, LocalDate.of(2027, 3, 1))).singleElement().asString().contains("năm 2027");
    }
}
