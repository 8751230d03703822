package vn.motcua.calendar;

import java.nio.file.Path;
import java.time.LocalTime;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the working calendar ({@code motcua.calendar.*}).
 *
 * @param officialDir      optional folder with extra yearly schedules ({@code 2027.yaml} ...); a file
 *                         there replaces the bundled file of the same year
 * @param officeClosesAt   end of office hours, the time of day deadlines fall due (BPMN timers)
 * @param acceptanceCutOff files received after this time count as received on the next working day
 */
@ConfigurationProperties("motcua.calendar")
public record CalendarProperties(
        Path officialDir,
        @DefaultValue("17:00") LocalTime officeClosesAt,
        @DefaultValue("15:00") LocalTime acceptanceCutOff) {
}
