package vn.motcua.calendar;

import java.time.LocalDate;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.support.ResourcePatternResolver;

/** Builds the calendar once at start-up from the bundled and external official schedules. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CalendarProperties.class)
class CalendarConfiguration {

    @Bean
    WorkingCalendar workingCalendar(CalendarProperties properties, ResourcePatternResolver resolver) {
        WorkingCalendar calendar = WorkingCalendar.of(
                new OfficialScheduleLoader(resolver).load(properties.officialDir()));
        // Touch this year and the next so a missing official file is reported (WARN) at start-up,
        // not first when a file is received.
        int thisYear = LocalDate.now(DeadlineCalculator.ZONE).getYear();
        calendar.schedule(thisYear);
        calendar.schedule(thisYear + 1);
        return calendar;
    }

    @Bean
    DeadlineCalculator deadlineCalculator(WorkingCalendar calendar, CalendarProperties properties) {
        return new DeadlineCalculator(calendar, properties.acceptanceCutOff());
    }
}
