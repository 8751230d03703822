package vn.motcua.calendar;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

import vn.motcua.system.ApiExceptionHandler;

@WebMvcTest(CalendarController.class)
@AutoConfigureMockMvc(addFilters = false)
@Import({CalendarConfiguration.class, ApiExceptionHandler.class, vn.motcua.system.TimeSource.class,
        CalendarControllerTest.SystemClock.class})
class CalendarControllerTest {

    /** TimeSource reads a java.time.Clock, which the engine adapter provides in the application. */
    @TestConfiguration
    static class SystemClock {

        @Bean
        java.time.Clock clock() {
            return java.time.Clock.systemUTC();
        }
    }

    @Autowired
    MockMvc mvc;

    @Test
    void dueDateAcrossTet() throws Exception {
        mvc.perform(get("/api/calendar/due-date").param("from", "2026-02-13").param("workingDays", "1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.from").value("2026-02-13"))
                .andExpect(jsonPath("$.workingDays").value(1))
                .andExpect(jsonPath("$.dueDate").value("2026-02-23"))
                .andExpect(jsonPath("$.source").value("official"))
                .andExpect(jsonPath("$.documents[0]").value(containsString("9441/TB-BNV")))
                .andExpect(jsonPath("$.calendarDays").doesNotExist());
    }

    @Test
    void dueDateInCalendarDays() throws Exception {
        mvc.perform(get("/api/calendar/due-date").param("from", "2026-01-16").param("calendarDays", "30"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.calendarDays").value(30))
                .andExpect(jsonPath("$.dueDate").value("2026-02-23"))
                .andExpect(jsonPath("$.workingDays").doesNotExist());
    }

    @Test
    void dueDateIntoAYearWithoutNoticeSaysComputed() throws Exception {
        mvc.perform(get("/api/calendar/due-date").param("from", "2026-12-28").param("workingDays", "10"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.source").value("computed"))
                .andExpect(jsonPath("$.note").value(containsString("năm 2027")));
        mvc.perform(get("/api/calendar/due-date").param("from", "2026-02-13").param("workingDays", "1"))
                .andExpect(jsonPath("$.note").doesNotExist());
    }

    /** What the desk's Tasklist banner shows: next year's computed holidays from November on. */
    @Test
    void noticesSayWhenNextYearsHolidaysAreOnlyComputedFromNovemberOn() throws Exception {
        mvc.perform(get("/api/calendar/notices").param("on", "2026-10-31"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.on").value("2026-10-31"))
                .andExpect(jsonPath("$.notices").isEmpty());
        mvc.perform(get("/api/calendar/notices").param("on", "2026-11-01"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.notices[0].year").value(2027))
                .andExpect(jsonPath("$.notices[0].text").value(containsString("lịch nghỉ lễ, Tết năm 2027")));
        mvc.perform(get("/api/calendar/notices").param("on", "2027-03-01"))
                .andExpect(jsonPath("$.notices[0].year").value(2027));
        mvc.perform(get("/api/calendar/notices").param("on", "hôm nay"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void officialYear() throws Exception {
        mvc.perform(get("/api/calendar/2026"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.year").value(2026))
                .andExpect(jsonPath("$.source").value("official"))
                .andExpect(jsonPath("$.document").value(containsString("9441/TB-BNV")))
                .andExpect(jsonPath("$.nonWorkingDays[1].date").value("2026-02-16"))
                .andExpect(jsonPath("$.nonWorkingDays[1].kind").value("holiday"))
                .andExpect(jsonPath("$.nonWorkingDays[*].date").value(hasItem("2026-04-27")))
                .andExpect(jsonPath("$.nonWorkingDays[*].kind").value(hasItem("swapped-day-off")))
                .andExpect(jsonPath("$.makeUpWorkingDays[0].date").value("2026-08-22"))
                .andExpect(jsonPath("$.makeUpWorkingDays[0].name").value(containsString("Làm bù")))
                .andExpect(jsonPath("$.note").doesNotExist());
    }

    @Test
    void computedYear() throws Exception {
        mvc.perform(get("/api/calendar/2030"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.source").value("computed"))
                .andExpect(jsonPath("$.document").isEmpty())
                .andExpect(jsonPath("$.note").value(containsString("Bộ luật Lao động")))
                .andExpect(jsonPath("$.nonWorkingDays[*].date").value(hasItem("2030-02-02")))
                .andExpect(jsonPath("$.nonWorkingDays[*].name").value(hasItem("Tết Nguyên đán (mùng 1 tháng Giêng)")))
                .andExpect(jsonPath("$.makeUpWorkingDays").isEmpty());
    }

    @ParameterizedTest(name = "{0} -> 400 on {1}")
    @CsvSource(delimiter = '|', value = {
            "/api/calendar/due-date?from=2026-02-30&workingDays=1 | from         | YYYY-MM-DD",
            "/api/calendar/due-date?from=13/02/2026&workingDays=1 | from         | YYYY-MM-DD",
            "/api/calendar/due-date?from=1850-01-01&workingDays=1 | from         | 1900",
            "/api/calendar/due-date?from=2026-02-13&workingDays=-1 | workingDays | từ 0 đến 3650",
            "/api/calendar/due-date?from=2026-02-13&workingDays=3651 | workingDays | từ 0 đến 3650",
            "/api/calendar/due-date?from=2026-02-13&workingDays=abc | workingDays | số nguyên",
            "/api/calendar/due-date?from=2026-02-13&calendarDays=99999 | calendarDays | từ 0 đến 3650",
            "/api/calendar/due-date?from=2026-02-13 | workingDays | đúng một",
            "/api/calendar/due-date?from=2026-02-13&workingDays=1&calendarDays=1 | calendarDays | đúng một",
            "/api/calendar/due-date?from=2199-12-20&workingDays=30 | workingDays | phạm vi",
            "/api/calendar/due-date?workingDays=1 | from | Thiếu tham số",
            "/api/calendar/1899 | year | 1900–2199",
            "/api/calendar/2200 | year | 1900–2199",
            "/api/calendar/năm | year | 1900–2199",
    })
    void invalidInputIsA400WithAVietnameseMessage(String url, String field, String message) throws Exception {
        mvc.perform(get(url))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.message").value(containsString(message)))
                .andExpect(jsonPath("$.problems[0].field").value(field));
    }
}
