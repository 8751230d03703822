package vn.motcua.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The beans and the {@code motcua.calendar.*} properties, without the rest of the application. */
class CalendarConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(CalendarConfiguration.class, Deadlines.class);

    @TempDir
    Path dir;

    @Test
    void defaults() {
        runner.run(context -> {
            CalendarProperties properties = context.getBean(CalendarProperties.class);
            assertThat(properties.officeClosesAt()).isEqualTo(LocalTime.of(17, 0));
            assertThat(properties.acceptanceCutOff()).as("no cut-off unless a province reads Art 18(2) so").isNull();
            assertThat(properties.officialDir()).isNull();
            assertThat(context.getBean(WorkingCalendar.class).hasOfficialSchedule(2026)).isTrue();
            assertThat(context).hasBean("deadlines");
        });
    }

    @Test
    void propertiesAreBound() throws IOException {
        Files.writeString(dir.resolve("2027.yaml"), """
                year: 2027
                document: "TB 5/TB-BNV"
                days:
                  - { date: 2027-03-01, name: Ngày nghỉ thử, kind: holiday }
                """);
        runner.withPropertyValues("motcua.calendar.official-dir=" + dir,
                        "motcua.calendar.office-closes-at=16:30",
                        "motcua.calendar.acceptance-cut-off=16:00")
                .run(context -> {
                    WorkingCalendar calendar = context.getBean(WorkingCalendar.class);
                    assertThat(calendar.schedule(2027).source()).isEqualTo(ScheduleSource.OFFICIAL);
                    assertThat(calendar.isWorkingDay(LocalDate.of(2027, 3, 1))).isFalse();
                    assertThat(context.getBean(CalendarProperties.class).officeClosesAt()).isEqualTo(LocalTime.of(16, 30));
                    DeadlineCalculator calculator = context.getBean(DeadlineCalculator.class);
                    assertThat(calculator.acceptanceDay(java.time.OffsetDateTime.parse("2026-03-02T15:30:00+07:00")))
                            .isEqualTo(LocalDate.of(2026, 3, 2));
                });
    }
}
