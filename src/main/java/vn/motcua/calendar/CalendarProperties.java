package vn.motcua.calendar;

import java.nio.file.Path;
import java.time.LocalTime;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the working calendar ({@code motcua.calendar.*}).
 *
 * @param officialDir      optional folder with extra yearly schedules ({@code 2027.yaml} ...); a file
 *                         there replaces the bundled file of the same year
 * @param officeClosesAt   end of office hours, the time of day deadlines fall due (BPMN timers)
 * @param acceptanceCutOff files received after this time count as received on the next working day
 */
@Validated
@ConfigurationProperties("motcua.calendar")
public record CalendarProperties(
        Path officialDir,
        @DefaultValue("17:00") @NotNull LocalTime officeClosesAt,
        @DefaultValue("15:00") @NotNull LocalTime acceptanceCutOff) {
}
