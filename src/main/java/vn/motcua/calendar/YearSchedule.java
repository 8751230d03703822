package vn.motcua.calendar;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The special days of one Gregorian year and where they come from. Weekends are not listed: only
 * holidays, compensatory and swapped days off, and make-up working days. Immutable.
 */
public final class YearSchedule {

    private final int year;
    private final ScheduleSource source;
    private final String document;
    private final List<SpecialDay> days;
    private final Map<LocalDate, SpecialDay> byDate;

    private YearSchedule(int year, ScheduleSource source, String document, List<SpecialDay> days) {
        this.year = year;
        this.source = source;
        this.document = document;
        this.days = days.stream().sorted(Comparator.comparing(SpecialDay::date)).toList();
        this.byDate = this.days.stream().collect(Collectors.toUnmodifiableMap(SpecialDay::date, Function.identity(),
                (a, b) -> {
                    throw new IllegalArgumentException("Two entries for " + a.date() + " in the schedule of " + year);
                }));
        for (SpecialDay day : this.days) {
            if (day.date().getYear() != year) {
                throw new IllegalArgumentException(day.date() + " does not belong to the schedule of " + year);
            }
        }
    }

    /** A year announced by the government; {@code document} cites the notice (e.g. "Thông báo 9441/TB-BNV"). */
    public static YearSchedule official(int year, String document, List<SpecialDay> days) {
        if (document == null || document.isBlank()) {
            throw new IllegalArgumentException("An official schedule must cite its document: " + year);
        }
        return new YearSchedule(year, ScheduleSource.OFFICIAL, document, days);
    }

    public static YearSchedule computed(int year, List<SpecialDay> days) {
        return new YearSchedule(year, ScheduleSource.COMPUTED, null, days);
    }

    public int year() {
        return year;
    }

    public ScheduleSource source() {
        return source;
    }

    /** The official document, or empty for a computed year. */
    public Optional<String> document() {
        return Optional.ofNullable(document);
    }

    /** All special days, by date. */
    public List<SpecialDay> days() {
        return days;
    }

    public Optional<SpecialDay> on(LocalDate date) {
        return Optional.ofNullable(byDate.get(date));
    }

    public List<SpecialDay> nonWorkingDays() {
        return days.stream().filter(d -> !d.kind().isWorking()).toList();
    }

    public List<SpecialDay> makeUpWorkingDays() {
        return days.stream().filter(d -> d.kind().isWorking()).toList();
    }
}
