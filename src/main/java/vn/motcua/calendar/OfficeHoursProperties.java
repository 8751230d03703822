package vn.motcua.calendar;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The desk's office sessions ({@code motcua.office-hours.sessions}), "HH:mm-HH:mm" each, in order:
 * the hours counted as working hours on a working day of the calendar.
 */
@ConfigurationProperties("motcua.office-hours")
public record OfficeHoursProperties(@DefaultValue({ "07:30-11:30", "13:00-17:00" }) List<String> sessions) {
}
