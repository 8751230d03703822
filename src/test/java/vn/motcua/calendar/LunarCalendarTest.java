package vn.motcua.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The computed lunar calendar against independently published dates. Vietnamese dates: Tết as
 * published in Vietnamese almanacs since North Vietnam moved its calendar to UTC+7 in 1968.
 * Chinese dates: Chinese New Year (UTC+8), a second well-known table the same algorithm must
 * reproduce when set to UTC+8.
 */
class LunarCalendarTest {

    private final LunarCalendar vietnam = LunarCalendar.VIETNAM;
    private final LunarCalendar china = new LunarCalendar(ZoneOffset.ofHours(8));

    @ParameterizedTest(name = "Tết {0} is {1}")
    @CsvSource(textBlock = """
            1968, 1968-01-29
            1969, 1969-02-16
            1970, 1970-02-06
            1971, 1971-01-27
            1972, 1972-02-15
            1973, 1973-02-03
            1974, 1974-01-23
            1975, 1975-02-11
            1976, 1976-01-31
            1977, 1977-02-18
            1978, 1978-02-07
            1979, 1979-01-28
            1980, 1980-02-16
            1981, 1981-02-05
            1982, 1982-01-25
            1983, 1983-02-13
            1984, 1984-02-02
            1985, 1985-01-21
            1986, 1986-02-09
            1987, 1987-01-29
            1988, 1988-02-17
            1989, 1989-02-06
            1990, 1990-01-27
            1991, 1991-02-15
            1992, 1992-02-04
            1993, 1993-01-23
            1994, 1994-02-10
            1995, 1995-01-31
            1996, 1996-02-19
            1997, 1997-02-07
            1998, 1998-01-28
            1999, 1999-02-16
            2000, 2000-02-05
            2001, 2001-01-24
            2002, 2002-02-12
            2003, 2003-02-01
            2004, 2004-01-22
            2005, 2005-02-09
            2006, 2006-01-29
            2007, 2007-02-17
            2008, 2008-02-07
            2009, 2009-01-26
            2010, 2010-02-14
            2011, 2011-02-03
            2012, 2012-01-23
            2013, 2013-02-10
            2014, 2014-01-31
            2015, 2015-02-19
            2016, 2016-02-08
            2017, 2017-01-28
            2018, 2018-02-16
            2019, 2019-02-05
            2020, 2020-01-25
            2021, 2021-02-12
            2022, 2022-02-01
            2023, 2023-01-22
            2024, 2024-02-10
            2025, 2025-01-29
            2026, 2026-02-17
            2027, 2027-02-06
            2028, 2028-01-26
            2029, 2029-02-13
            2030, 2030-02-02
            2031, 2031-01-23
            2032, 2032-02-11
            2033, 2033-01-31
            2034, 2034-02-19
            2035, 2035-02-08
            2036, 2036-01-28
            2037, 2037-02-15
            2038, 2038-02-04
            2039, 2039-01-24
            2040, 2040-02-12
            2041, 2041-02-01
            2042, 2042-01-22
            2043, 2043-02-10
            2044, 2044-01-30
            2045, 2045-02-17
            2046, 2046-02-06
            2047, 2047-01-26
            2048, 2048-02-14
            2049, 2049-02-02
            2050, 2050-01-23
            """)
    void vietnameseTet(int year, LocalDate tet) {
        assertThat(vietnam.tet(year)).isEqualTo(tet);
        assertThat(vietnam.toLunar(tet)).isEqualTo(new LunarDate(year, 1, 1, false));
    }

    @ParameterizedTest(name = "Chinese New Year {0} is {1}")
    @CsvSource(textBlock = """
            1950, 1950-02-17
            1951, 1951-02-06
            1952, 1952-01-27
            1953, 1953-02-14
            1954, 1954-02-03
            1955, 1955-01-24
            1956, 1956-02-12
            1957, 1957-01-31
            1958, 1958-02-18
            1959, 1959-02-08
            1960, 1960-01-28
            1961, 1961-02-15
            1962, 1962-02-05
            1963, 1963-01-25
            1964, 1964-02-13
            1965, 1965-02-02
            1966, 1966-01-21
            1967, 1967-02-09
            1968, 1968-01-30
            1969, 1969-02-17
            1970, 1970-02-06
            1971, 1971-01-27
            1972, 1972-02-15
            1973, 1973-02-03
            1974, 1974-01-23
            1975, 1975-02-11
            1976, 1976-01-31
            1977, 1977-02-18
            1978, 1978-02-07
            1979, 1979-01-28
            1980, 1980-02-16
            1981, 1981-02-05
            1982, 1982-01-25
            1983, 1983-02-13
            1984, 1984-02-02
            1985, 1985-02-20
            1986, 1986-02-09
            1987, 1987-01-29
            1988, 1988-02-17
            1989, 1989-02-06
            1990, 1990-01-27
            1991, 1991-02-15
            1992, 1992-02-04
            1993, 1993-01-23
            1994, 1994-02-10
            1995, 1995-01-31
            1996, 1996-02-19
            1997, 1997-02-07
            1998, 1998-01-28
            1999, 1999-02-16
            2000, 2000-02-05
            2001, 2001-01-24
            2002, 2002-02-12
            2003, 2003-02-01
            2004, 2004-01-22
            2005, 2005-02-09
            2006, 2006-01-29
            2007, 2007-02-18
            2008, 2008-02-07
            2009, 2009-01-26
            2010, 2010-02-14
            2011, 2011-02-03
            2012, 2012-01-23
            2013, 2013-02-10
            2014, 2014-01-31
            2015, 2015-02-19
            2016, 2016-02-08
            2017, 2017-01-28
            2018, 2018-02-16
            2019, 2019-02-05
            2020, 2020-01-25
            2021, 2021-02-12
            2022, 2022-02-01
            2023, 2023-01-22
            2024, 2024-02-10
            2025, 2025-01-29
            2026, 2026-02-17
            2027, 2027-02-06
            2028, 2028-01-26
            2029, 2029-02-13
            2030, 2030-02-03
            2031, 2031-01-23
            2032, 2032-02-11
            2033, 2033-01-31
            2034, 2034-02-19
            2035, 2035-02-08
            2036, 2036-01-28
            2037, 2037-02-15
            2038, 2038-02-04
            2039, 2039-01-24
            2040, 2040-02-12
            2041, 2041-02-01
            2042, 2042-01-22
            2043, 2043-02-10
            2044, 2044-01-30
            2045, 2045-02-17
            2046, 2046-02-06
            2047, 2047-01-26
            2048, 2048-02-14
            2049, 2049-02-02
            2050, 2050-01-23
            """)
    void chineseNewYearAtUtc8(int year, LocalDate newYear) {
        assertThat(china.tet(year)).isEqualTo(newYear);
    }

    /** Years where the meridian matters: the new moon or a solar term falls between 23:00 and 24:00 UTC+7. */
    @ParameterizedTest(name = "{0}: Vietnam {1}, China {2}")
    @CsvSource({
            "1968, 1968-01-29, 1968-01-30",
            "1969, 1969-02-16, 1969-02-17",
            "1985, 1985-01-21, 1985-02-20", // a month apart: different month 11, so a different leap year
            "2007, 2007-02-17, 2007-02-18",
            "2030, 2030-02-02, 2030-02-03",
    })
    void tetDiffersFromChina(int year, LocalDate vietnamese, LocalDate chinese) {
        assertThat(vietnam.tet(year)).isEqualTo(vietnamese);
        assertThat(china.tet(year)).isEqualTo(chinese);
    }

    @ParameterizedTest(name = "Giỗ Tổ Hùng Vương {0} is {1}")
    @CsvSource({
            "2019, 2019-04-14",
            "2020, 2020-04-02",
            "2021, 2021-04-21",
            "2022, 2022-04-10",
            "2023, 2023-04-29",
            "2024, 2024-04-18",
            "2025, 2025-04-07",
            "2026, 2026-04-26",
    })
    void hungKingsDay(int year, LocalDate day) {
        assertThat(vietnam.toSolar(year, 3, 10, false)).isEqualTo(day);
        assertThat(vietnam.toLunar(day)).isEqualTo(new LunarDate(year, 3, 10, false));
    }

    @ParameterizedTest(name = "{0}: leap month {1} starts {2}")
    @CsvSource({
            "2017, 6, 2017-07-23",
            "2020, 4, 2020-05-23",
            "2023, 2, 2023-03-22",
            "2025, 6, 2025-07-25",
    })
    void leapMonths(int year, int month, LocalDate start) {
        assertThat(vietnam.toSolar(year, month, 1, true)).isEqualTo(start);
        assertThat(vietnam.toLunar(start)).isEqualTo(new LunarDate(year, month, 1, true));
    }

    @Test
    void aYearWithoutLeapMonthRejectsOne() {
        assertThatThrownBy(() -> vietnam.toSolar(2026, 6, 1, true)).isInstanceOf(IllegalArgumentException.class);
    }

    /** Widely reported: Tết 2024 had a 30 Chạp, and 2025-2032 have none (the eve is 29 Chạp). */
    @ParameterizedTest(name = "the year before Tết {0} ends on day {1}")
    @CsvSource({"2024, 30", "2025, 29", "2026, 29", "2030, 29", "2032, 29", "2033, 30"})
    void lastDayOfLunarYear(int tetYear, int lastDay) {
        assertThat(vietnam.lastDayOfYear(tetYear - 1)).isEqualTo(lastDay);
    }

    @Test
    void tetEve2026IsTheTwentyNinthOfChap() {
        assertThat(vietnam.toLunar(LocalDate.of(2026, 2, 16))).isEqualTo(new LunarDate(2025, 12, 29, false));
    }

    @Test
    void everyDayOfTheSupportedRangeRoundTrips() {
        LocalDate end = LocalDate.of(LunarCalendar.MAX_YEAR, 12, 31);
        for (LocalDate day = LocalDate.of(LunarCalendar.MIN_YEAR, 1, 1); !day.isAfter(end); day = day.plusDays(1)) {
            LunarDate lunar = vietnam.toLunar(day);
            assertThat(vietnam.toSolar(lunar)).as("%s = %s", day, lunar).isEqualTo(day);
        }
    }

    @Test
    void yearsOutsideTheRangeAreRefused() {
        assertThatThrownBy(() -> vietnam.toLunar(LocalDate.of(1899, 12, 31))).isInstanceOf(UnsupportedYearException.class);
        assertThatThrownBy(() -> vietnam.tet(2201)).isInstanceOf(UnsupportedYearException.class);
    }
}
