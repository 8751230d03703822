package vn.motcua.calendar;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.stream.IntStream;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.annotation.JsonInclude;

import vn.motcua.system.Messages;
import vn.motcua.system.TimeSource;
import vn.motcua.system.InvalidRequestException;

/**
 * Public, read-only calendar API: due dates, each year's holidays, and the notices that say when
 * appointment dates rest on computed holidays (shown by the desk's Tasklist banner).
 */
@RestController
@RequestMapping("/api/calendar")
class CalendarController {

    /** Ten years of days is more than any procedure needs; larger values are typing mistakes. */
    static final int MAX_DAYS = 3650;

    private static final String RANGE = LunarCalendar.MIN_YEAR + "–" + LunarCalendar.MAX_YEAR;

    private final WorkingCalendar calendar;
    private final TimeSource clock;

    CalendarController(WorkingCalendar calendar, TimeSource clock) {
        this.calendar = calendar;
        this.clock = clock;
    }

    /**
     * Years whose holidays are only computed and matter on that day (this year; next year from
     * November on, when files accepted now fall due across its Tết). Public: nothing in it is secret,
     * and Tasklist's banner reads it without the API's Basic login.
     */
    @GetMapping("/notices")
    Notices notices(@RequestParam(required = false) String on) {
        LocalDate day = on == null ? clock.today() : parseDate("on", on);
        return new Notices(day, ScheduleNotices.years(calendar, day).stream()
                .map(year -> new Notice(year, ScheduleNotices.missing(year))).toList());
    }

    @GetMapping("/due-date")
    DueDate dueDate(@RequestParam String from,
            @RequestParam(required = false) String workingDays,
            @RequestParam(required = false) String calendarDays) {
        LocalDate start = parseDate("from", from);
        if ((workingDays == null) == (calendarDays == null)) {
            throw new InvalidRequestException(workingDays == null ? "workingDays" : "calendarDays",
                    Messages.text("calendar.dueDate.oneOfTwo"));
        }
        Integer working = workingDays == null ? null : parseDays("workingDays", workingDays);
        Integer days = calendarDays == null ? null : parseDays("calendarDays", calendarDays);
        LocalDate due;
        try {
            due = working != null ? calendar.addWorkingDays(start, working)
                    : calendar.addCalendarDaysEndingOnWorkingDay(start, days);
        } catch (UnsupportedYearException e) {
            throw new InvalidRequestException(working != null ? "workingDays" : "calendarDays",
                    Messages.text("calendar.dueDate.outOfRange", RANGE));
        }
        List<YearSchedule> years = IntStream.rangeClosed(start.getYear(), due.getYear())
                .mapToObj(calendar::schedule).toList();
        boolean official = years.stream().allMatch(y -> y.source() == ScheduleSource.OFFICIAL);
        List<String> documents = years.stream().flatMap(y -> y.document().stream()).distinct().toList();
        String note = years.stream().filter(y -> y.source() != ScheduleSource.OFFICIAL)
                .map(y -> ScheduleNotices.missing(y.year())).reduce((a, b) -> a + " " + b).orElse(null);
        return new DueDate(start, working, days, due,
                (official ? ScheduleSource.OFFICIAL : ScheduleSource.COMPUTED).code(), documents, note);
    }

    @GetMapping("/{year}")
    YearCalendar year(@PathVariable String year) {
        YearSchedule schedule = calendar.schedule(parseYear(year));
        return new YearCalendar(schedule.year(), schedule.source().code(), schedule.document().orElse(null),
                schedule.source() == ScheduleSource.OFFICIAL ? null
                        : Messages.text("calendar.year.notOfficial"),
                schedule.nonWorkingDays().stream().map(d -> new Day(d.date(), d.name(), d.kind().code())).toList(),
                schedule.makeUpWorkingDays().stream().map(d -> new MakeUpDay(d.date(), d.name())).toList());
    }

    private static LocalDate parseDate(String field, String text) {
        LocalDate date;
        try {
            date = LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException(field,
                    Messages.text("calendar.parameter.badDate", field));
        }
        if (date.getYear() < LunarCalendar.MIN_YEAR || date.getYear() > LunarCalendar.MAX_YEAR) {
            throw new InvalidRequestException(field, Messages.text("calendar.parameter.dateOutOfRange", field, RANGE));
        }
        return date;
    }

    private static int parseDays(String field, String text) {
        try {
            int value = Integer.parseInt(text.strip());
            if (value >= 0 && value <= MAX_DAYS) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InvalidRequestException(field,
                Messages.text("calendar.parameter.badDays", field, MAX_DAYS));
    }

    private static int parseYear(String text) {
        try {
            int value = Integer.parseInt(text.strip());
            if (value >= LunarCalendar.MIN_YEAR && value <= LunarCalendar.MAX_YEAR) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InvalidRequestException("year", Messages.text("calendar.parameter.badYear", RANGE));
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record DueDate(LocalDate from, Integer workingDays, Integer calendarDays, LocalDate dueDate, String source,
            List<String> documents, String note) {
    }

    record Notices(LocalDate on, List<Notice> notices) {
    }

    record Notice(int year, String text) {
    }

    record YearCalendar(int year, String source, String document,
            @JsonInclude(JsonInclude.Include.NON_NULL) String note, List<Day> nonWorkingDays,
            List<MakeUpDay> makeUpWorkingDays) {
    }

    record Day(LocalDate date, String name, String kind) {
    }

    record MakeUpDay(LocalDate date, String name) {
    }
}
