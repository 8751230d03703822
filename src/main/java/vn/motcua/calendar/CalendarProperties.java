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
 * @param acceptanceCutOff if set, files received after this time count as received on the next working day.
 *                         Unset by default: Decree 118/2025 Art 18(2)'s 15:00 concerns forwarding paper files to
 *                         the processing agency, while the time limit runs from the receipt (Art 17(3)) with the
 *                         first day not counted (Civil Code 2015 Art 147); a province reading it otherwise sets it.
 */
@Validated
@ConfigurationProperties("motcua.calendar")
public record CalendarProperties(
        Path officialDir,
        @DefaultValue("17:00") @NotNull LocalTime officeClosesAt,
        LocalTime acceptanceCutOff) {
}
