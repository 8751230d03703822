package vn.motcua.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.core.io.Resource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads one yearly schedule file:
 * <pre>
 * year: 2026
 * document: "Thông báo 9441/TB-BNV ..."
 * days:
 *   - date: 2026-04-27
 *     name: Nghỉ bù Giỗ Tổ Hùng Vương
 *     kind: compensatory   # holiday | compensatory | swapped-day-off | make-up-working-day
 * </pre>
 * A malformed file fails with a message naming the file and the entry, so a typo in an
 * administrator's file stops the start-up instead of silently shifting deadlines.
 */
final class OfficialScheduleFile {

    private OfficialScheduleFile() {
    }

    static YearSchedule parse(InputStream in, String origin) {
        try {
            Object root = new Yaml(new DatesAsText()).load(in);
            if (!(root instanceof Map<?, ?> map)) {
                throw invalid(origin, "expected a mapping with 'year', 'document' and 'days'");
            }
            int year = year(map.get("year"), origin);
            Object document = map.get("document");
            if (!(document instanceof String text) || text.isBlank()) {
                throw invalid(origin, "'document' must cite the official notice");
            }
            if (!(map.get("days") instanceof List<?> entries)) {
                throw invalid(origin, "'days' must be a list");
            }
            List<SpecialDay> days = new ArrayList<>();
            for (int i = 0; i < entries.size(); i++) {
                days.add(day(entries.get(i), origin + " days[" + i + "]"));
            }
            return YearSchedule.official(year, text.strip(), days);
        } catch (InvalidScheduleException e) {
            throw e;
        } catch (RuntimeException e) {
            throw invalid(origin, e.getMessage());
        }
    }

    static YearSchedule parse(Resource resource) {
        try (InputStream in = resource.getInputStream()) {
            return parse(in, resource.getDescription());
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read holiday schedule " + resource.getDescription(), e);
        }
    }

    private static int year(Object value, String origin) {
        if (!(value instanceof Integer year)) {
            throw invalid(origin, "'year' must be a number such as 2026");
        }
        if (year < LunarCalendar.MIN_YEAR || year > LunarCalendar.MAX_YEAR) {
            throw invalid(origin, "'year' " + year + " is outside "
                    + LunarCalendar.MIN_YEAR + "-" + LunarCalendar.MAX_YEAR);
        }
        return year;
    }

    private static SpecialDay day(Object entry, String where) {
        if (!(entry instanceof Map<?, ?> map)) {
            throw invalid(where, "expected 'date', 'name' and 'kind'");
        }
        Object name = map.get("name");
        Object kind = map.get("kind");
        if (!(name instanceof String) || !(kind instanceof String)) {
            throw invalid(where, "'name' and 'kind' are required");
        }
        LocalDate date = date(map.get("date"), where);
        try {
            return new SpecialDay(date, ((String) name).strip(), DayKind.fromCode(((String) kind).strip()));
        } catch (IllegalArgumentException e) {
            throw invalid(where, e.getMessage());
        }
    }

    private static LocalDate date(Object value, String where) {
        if (!(value instanceof String text)) {
            throw invalid(where, "'date' is required (YYYY-MM-DD)");
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw invalid(where, "'date' must be a real day written like 2026-01-01, not '" + text + "'");
        }
    }

    private static InvalidScheduleException invalid(String where, String problem) {
        return new InvalidScheduleException("Invalid holiday schedule " + where + ": " + problem);
    }

    /**
     * Keeps unquoted dates as text: SnakeYAML's own timestamps are lenient (2028-13-01 would become
     * 2029-01-01), {@link LocalDate#parse} is not.
     */
    private static final class DatesAsText extends SafeConstructor {

        DatesAsText() {
            super(new LoaderOptions());
            yamlConstructors.put(Tag.TIMESTAMP, new ConstructYamlStr());
        }
    }

    static final class InvalidScheduleException extends IllegalArgumentException {

        InvalidScheduleException(String message) {
            super(message);
        }
    }
}
