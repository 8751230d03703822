package vn.motcua.calendar;

import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** Calendars shared by the tests: building one parses the bundled files once. */
final class TestCalendars {

    /** The bundled official years (2025, 2026) plus computed years, as the application runs. */
    static final WorkingCalendar OFFICIAL = WorkingCalendar.of(
            new OfficialScheduleLoader(new PathMatchingResourcePatternResolver()).load(null));

    static final DeadlineCalculator CALCULATOR = new DeadlineCalculator(OFFICIAL, DeadlineCalculator.DEFAULT_CUT_OFF);

    private TestCalendars() {
    }
}
