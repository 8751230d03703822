package vn.motcua.procedure;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * One YAML file in {@code processes/time-limits/}: the national defaults, or a province's own
 * table (Decree 49/2026 Art 15 hands land time limits to provinces). Bound by Jackson.
 */
@JsonIgnoreProperties(ignoreUnknown = false)
record TimeLimitTable(String province, String setBy, LocalDate effectiveFrom, Integer remoteCommuneExtraDays,
        Map<String, Entry> procedures) {

    record Entry(String name, Integer workingDays, Integer calendarDays, String source,
            Map<String, Integer> steps) {
    }

    boolean isNational() {
        return province == null || province.isBlank();
    }

    ProcedureRule ruleFor(String key, String fileName) {
        Entry entry = procedures.get(key);
        boolean calendar = entry.calendarDays() != null;
        int days = calendar ? entry.calendarDays() : entry.workingDays();
        Map<String, Integer> steps = entry.steps() == null ? Map.of() : new LinkedHashMap<>(entry.steps());
        return new ProcedureRule(key, entry.name(), days, calendar ? DayCount.CALENDAR_DAYS : DayCount.WORKING_DAYS,
                remoteCommuneExtraDays == null ? 0 : remoteCommuneExtraDays, Map.copyOf(steps),
                entry.source() != null ? entry.source() : setBy, fileName, effectiveFrom);
    }
}
