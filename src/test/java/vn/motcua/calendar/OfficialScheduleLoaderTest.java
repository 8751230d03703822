package vn.motcua.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

class OfficialScheduleLoaderTest {

    private final OfficialScheduleLoader loader = new OfficialScheduleLoader(new PathMatchingResourcePatternResolver());

    @TempDir
    Path dir;

    @Test
    void loadsTheBundledYears() {
        assertThat(loader.load(null)).extracting(YearSchedule::year).containsExactly(2025, 2026);
    }

    @Test
    void anExternalFileAddsAYearAndReplacesABundledOne() throws IOException {
        Files.writeString(dir.resolve("2027.yaml"), """
                year: 2027
                document: "Thông báo thử nghiệm 1/TB-BNV"
                days:
                  - date: 2027-02-05
                    name: Tết Nguyên đán
                    kind: holiday
                """);
        Files.writeString(dir.resolve("2026.yml"), """
                year: 2026
                document: "Thông báo sửa đổi 2/TB-BNV"
                days:
                  - { date: "2026-01-02", name: Nghỉ hoán đổi, kind: swapped-day-off }
                  - { date: 2026-01-10, name: Làm bù, kind: make-up-working-day }
                """);
        Files.writeString(dir.resolve("notes.txt"), "not a schedule");

        WorkingCalendar calendar = WorkingCalendar.of(loader.load(dir));

        assertThat(calendar.schedule(2027).document()).contains("Thông báo thử nghiệm 1/TB-BNV");
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 2, 5))).isFalse();
        assertThat(calendar.schedule(2026).document()).contains("Thông báo sửa đổi 2/TB-BNV");
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 1, 2))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 1, 10))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 17))).as("replaced, not merged").isTrue();
        assertThat(calendar.schedule(2025).source()).isEqualTo(ScheduleSource.OFFICIAL);
    }

    @Test
    void aMissingFolderIsIgnored() {
        List<YearSchedule> years = loader.load(dir.resolve("absent"));
        assertThat(years).extracting(YearSchedule::year).containsExactly(2025, 2026);
    }

    @Test
    void aMalformedFileNamesItselfAndTheEntry() throws IOException {
        Files.writeString(dir.resolve("2028.yaml"), """
                year: 2028
                document: "TB 3/TB-BNV"
                days:
                  - date: 2028-01-01
                    name: Tết Dương lịch
                    kind: holiday
                  - date: 2028-13-01
                    name: Sai ngày
                    kind: holiday
                """);

        assertThatThrownBy(() -> loader.load(dir))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2028.yaml")
                .hasMessageContaining("days[1]");
    }

    @Test
    void anUnknownKindOrADateOfAnotherYearIsRefused() throws IOException {
        Files.writeString(dir.resolve("2029.yaml"), """
                year: 2029
                document: "TB 4/TB-BNV"
                days:
                  - { date: 2029-01-01, name: Tết Dương lịch, kind: vacation }
                """);
        assertThatThrownBy(() -> loader.load(dir)).hasMessageContaining("Unknown kind 'vacation'");

        Files.writeString(dir.resolve("2029.yaml"), """
                year: 2029
                document: "TB 4/TB-BNV"
                days:
                  - { date: 2030-01-01, name: Tết Dương lịch, kind: holiday }
                """);
        assertThatThrownBy(() -> loader.load(dir)).hasMessageContaining("does not belong to the schedule of 2029");
    }

    @Test
    void aFileWithoutDocumentIsRefused() throws IOException {
        Files.writeString(dir.resolve("2029.yaml"), "year: 2029\ndays: []\n");
        assertThatThrownBy(() -> loader.load(dir)).hasMessageContaining("'document'");
    }
}
