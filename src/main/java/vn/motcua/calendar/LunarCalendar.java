package vn.motcua.calendar;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The lunisolar calendar computed astronomically for a time zone: Vietnam's is the one at UTC+7,
 * which is why it sometimes differs from China's (UTC+8), e.g. Tết 1985 and 2007.
 * <ul>
 * <li>a month starts on the civil day of a new moon;</li>
 * <li>month 11 is the month that holds the winter solstice;</li>
 * <li>when 13 new moons start between two months 11, the first month after month 11 that holds
 * no major solar term (trung khí, solar longitude a multiple of 30 degrees) is the leap month and
 * repeats the number of the month before it.</li>
 * </ul>
 * Before 1968 Vietnamese almanacs still followed the UTC+8 calendar; this class computes every
 * year at its own offset (so for Vietnam e.g. Tết 1965 comes out 1 February, almanacs of the time
 * said 2 February). Only current years matter for deadlines.
 * <p>
 * Immutable and thread-safe; computed months are memoised per winter-solstice year.
 */
public final class LunarCalendar {

    public static final int MIN_YEAR = 1900;
    public static final int MAX_YEAR = 2199;

    /** The calendar of Vietnam (UTC+7), used for holidays. */
    public static final LunarCalendar VIETNAM = new LunarCalendar(ZoneOffset.ofHours(7));

    private final double offsetDays;
    private final Map<Integer, List<Month>> monthsBySolsticeYear = new ConcurrentHashMap<>();

    public LunarCalendar(ZoneOffset offset) {
        this.offsetDays = offset.getTotalSeconds() / 86400.0;
    }

    /** The Gregorian day of lunar New Year (mùng 1 Tết) of the given lunar year. */
    public LocalDate tet(int lunarYear) {
        return toSolar(lunarYear, 1, 1, false);
    }

    /** The Gregorian day of a lunar day; fails if that month (e.g. a leap month) or day does not exist. */
    public LocalDate toSolar(int lunarYear, int month, int day, boolean leap) {
        // Months 11 and 12 of a lunar year follow the solstice of the same Gregorian year.
        int solsticeYear = month >= 11 ? lunarYear : lunarYear - 1;
        if (solsticeYear < MIN_YEAR - 1 || solsticeYear > MAX_YEAR) {
            throw new UnsupportedYearException(lunarYear);
        }
        for (Month m : months(solsticeYear)) {
            if (m.number == month && m.leap == leap) {
                if (day < 1 || day > m.length) {
                    throw new IllegalArgumentException("Lunar month " + month + "/" + lunarYear
                            + " has " + m.length + " days, not " + day);
                }
                return m.start.plusDays(day - 1L);
            }
        }
        throw new IllegalArgumentException("Lunar year " + lunarYear + " has no "
                + (leap ? "leap " : "") + "month " + month);
    }

    public LocalDate toSolar(LunarDate date) {
        return toSolar(date.year(), date.month(), date.day(), date.leap());
    }

    /** The lunar day of a Gregorian day. */
    public LunarDate toLunar(LocalDate date) {
        requireYear(date.getYear());
        int solsticeYear = date.getYear();
        List<Month> months = months(solsticeYear);
        if (date.isBefore(months.get(0).start)) {
            solsticeYear--;
            months = months(solsticeYear);
        }
        for (Month m : months) {
            long day = date.toEpochDay() - m.start.toEpochDay() + 1;
            if (day >= 1 && day <= m.length) {
                int lunarYear = m.number >= 11 ? solsticeYear : solsticeYear + 1;
                return new LunarDate(lunarYear, m.number, (int) day, m.leap);
            }
        }
        throw new IllegalStateException("No lunar month holds " + date);
    }

    /** Length (29 or 30) of the last month of a lunar year, i.e. whether Tết eve is 29 or 30 Chạp. */
    public int lastDayOfYear(int lunarYear) {
        return toLunar(tet(lunarYear + 1).minusDays(1)).day();
    }

    private List<Month> months(int solsticeYear) {
        return monthsBySolsticeYear.computeIfAbsent(solsticeYear, this::computeMonths);
    }

    /** Months from month 11 of the given Gregorian year up to, not including, the next month 11. */
    private List<Month> computeMonths(int solsticeYear) {
        long first = month11(solsticeYear);
        long next = month11(solsticeYear + 1);
        int count = (int) (next - first);
        int leapIndex = count == 13 ? firstMonthWithoutMajorTerm(first, count) : -1;

        List<Month> months = new ArrayList<>(count);
        int number = 11;
        for (int i = 0; i < count; i++) {
            boolean leap = i == leapIndex;
            if (i > 0 && !leap) {
                number = number % 12 + 1;
            }
            LocalDate start = newMoonDay(first + i);
            int length = (int) (newMoonDay(first + i + 1).toEpochDay() - start.toEpochDay());
            months.add(new Month(number, leap, start, length));
        }
        return List.copyOf(months);
    }

    /** New-moon index of the month holding the winter solstice of the given Gregorian year. */
    private long month11(int year) {
        double guess = julianDay(LocalDate.of(year, 12, 21));
        LocalDate solstice = civilDay(Astronomy.sunReaches(270, guess));
        long k = Astronomy.newMoonIndexNear(julianDay(solstice));
        while (newMoonDay(k).isAfter(solstice)) {
            k--;
        }
        while (!newMoonDay(k + 1).isAfter(solstice)) {
            k++;
        }
        return k;
    }

    private int firstMonthWithoutMajorTerm(long first, int count) {
        for (int i = 1; i < count; i++) {
            if (majorTermSector(newMoonDay(first + i)) == majorTermSector(newMoonDay(first + i + 1))) {
                return i;
            }
        }
        throw new IllegalStateException("A 13-month year without a month lacking a major term");
    }

    /** Which 30-degree sector the Sun is in at the civil midnight starting the given day. */
    private int majorTermSector(LocalDate day) {
        return (int) (Astronomy.sunLongitude(julianDay(day) - offsetDays) / 30);
    }

    private LocalDate newMoonDay(long k) {
        return civilDay(Astronomy.newMoon(k));
    }

    private LocalDate civilDay(double jdUt) {
        return LocalDate.ofEpochDay((long) Math.floor(jdUt - Astronomy.UNIX_EPOCH_JD + offsetDays));
    }

    private static double julianDay(LocalDate day) {
        return day.toEpochDay() + Astronomy.UNIX_EPOCH_JD;
    }

    private static void requireYear(int year) {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw new UnsupportedYearException(year);
        }
    }

    private record Month(int number, boolean leap, LocalDate start, int length) {
    }
}
