package vn.motcua.calendar;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Working days of Vietnamese state agencies: Monday to Friday, minus holidays, compensatory and
 * swapped days off, plus make-up working Saturdays. A year with an official schedule uses it as
 * is; any other year uses the Labour Code rules ({@link StatutoryHolidays}).
 * <p>
 * Day counting follows Civil Code 2015 Art 147-148: a period never counts its first day, and one
 * whose last day is not a working day ends on the next working day. Immutable and thread-safe
 * (computed years are memoised). Supports the years {@value LunarCalendar#MIN_YEAR}-{@value
 * LunarCalendar#MAX_YEAR}; other dates throw {@link UnsupportedYearException}.
 */
public final class WorkingCalendar {

    private static final Logger log = LoggerFactory.getLogger(WorkingCalendar.class);

    private final Map<Integer, YearSchedule> official;
    private final StatutoryHolidays statutory;
    private final Map<Integer, YearSchedule> computed = new ConcurrentHashMap<>();

    private WorkingCalendar(Map<Integer, YearSchedule> official, LunarCalendar lunar) {
        this.official = Map.copyOf(official);
        this.statutory = new StatutoryHolidays(lunar);
    }

    /** A calendar using the given official years and the computed rules for all others. */
    public static WorkingCalendar of(Collection<YearSchedule> officialYears) {
        return new WorkingCalendar(officialYears.stream()
                .collect(Collectors.toMap(YearSchedule::year, Function.identity())), LunarCalendar.VIETNAM);
    }

    /** A calendar without any official year: every year is computed. */
    public static WorkingCalendar computedOnly() {
        return of(List.of());
    }

    /** The schedule of a year: the official one if loaded, otherwise computed (logged once per year). */
    public YearSchedule schedule(int year) {
        YearSchedule schedule = official.get(year);
        if (schedule != null) {
            return schedule;
        }
        requireSupported(year);
        return computed.computeIfAbsent(year, y -> {
            log.warn("No official holiday schedule for {}: using the holidays computed from the Labour Code "
                    + "(add {}.yaml to calendar/official or to motcua.calendar.official-dir "
                    + "once the yearly notice is published)", y, y);
            return statutory.scheduleFor(y);
        });
    }

    public boolean hasOfficialSchedule(int year) {
        return official.containsKey(year);
    }

    public Optional<SpecialDay> specialDay(LocalDate date) {
        return schedule(date.getYear()).on(date);
    }

    public boolean isWorkingDay(LocalDate date) {
        return specialDay(date)
                .map(day -> day.kind().isWorking())
                .orElseGet(() -> !StatutoryHolidays.isWeekend(date));
    }

    /** The first working day strictly after the given day. */
    public LocalDate nextWorkingDay(LocalDate date) {
        LocalDate day = date.plusDays(1);
        while (!isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    /** The given day if it is a working day, else the next working day. */
    public LocalDate workingDayOnOrAfter(LocalDate date) {
        return isWorkingDay(date) ? date : nextWorkingDay(date);
    }

    /**
     * The n-th working day after {@code from}; {@code from} itself is never counted. n = 0 gives
     * {@code from} if it is a working day, else the next working day (a same-day procedure).
     */
    public LocalDate addWorkingDays(LocalDate from, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("Working days must not be negative: " + n);
        }
        if (n == 0) {
            return workingDayOnOrAfter(from);
        }
        LocalDate day = from;
        for (int i = 0; i < n; i++) {
            day = nextWorkingDay(day);
        }
        return day;
    }

    /**
     * Working days in the half-open interval ({@code from}, {@code to}]: the start day is not
     * counted, the end day is. So {@code workingDaysBetween(d, addWorkingDays(d, n)) == n} for
     * n &ge; 1. Negative when {@code to} is before {@code from}.
     */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    /**
     * A period of calendar days (e.g. 30 days for land dispute mediation): {@code from} plus the
     * days, moved to the next working day if that day is off (Civil Code Art 148).
     */
    public LocalDate addCalendarDaysEndingOnWorkingDay(LocalDate from, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("Calendar days must not be negative: " + days);
        }
        return workingDayOnOrAfter(from.plusDays(days));
    }

    private static void requireSupported(int year) {
        if (year < LunarCalendar.MIN_YEAR || year > LunarCalendar.MAX_YEAR) {
            throw new UnsupportedYearException(year);
        }
    }
}
