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
        LocalDate staleFrom, String staleBecause, Map<String, ExcludedPeriod> excludedPeriods,
        Map<String, Entry> procedures) {

    /**
     * @param steps quotas of steps that use up the time limit
     * @param excludedSteps quotas of steps in periods the law excludes (tax, payment, posting)
     * @param processingUnit the unit whose leaders answer for the file (apology, overdue)
     * @param remoteCommuneExtraDays overrides the table's value for this procedure (e.g. 0 where the
     *        extension for remote communes does not apply); for a limit in calendar days, the only
     *        source of extra days
     * @param excludedPeriods the periods of {@code excludedPeriods} (this table's or the national one's) a
     *        file of this procedure may stop its clock for; null: every one (a province entry that leaves
     *        it out inherits the national entry's), empty: none
     */
    record Entry(String name, Integer workingDays, Integer calendarDays, String source, String processingUnit,
            Integer remoteCommuneExtraDays, Map<String, Integer> steps, Map<String, Integer> excludedSteps,
            java.util.List<String> excludedPeriods) {
    }

    /** @return why this table may no longer be the law on that day, or null */
    String staleOn(LocalDate day) {
        return staleFrom != null && !day.isBefore(staleFrom) ? staleBecause : null;
    }

    boolean isNational() {
        return province == null || province.isBlank();
    }

    /**
     * The extra days for remote communes this table gives the procedure, or null where it leaves them
     * out. The table-level value is the +10 working days of Decree 151/2025 Annex I Part V.A.II, so it
     * concerns limits in working days only: a limit in calendar days (mediation, Land Law 2024 Art
     * 235(2), has no extension) gets extra days only from an entry that sets them.
     */
    Integer remoteCommuneExtraDaysFor(String key, boolean calendarDays) {
        Entry entry = procedures.get(key);
        if (entry != null && entry.remoteCommuneExtraDays() != null) {
            return entry.remoteCommuneExtraDays();
        }
        return calendarDays ? null : remoteCommuneExtraDays;
    }

    /**
     * @param overridden the national table a province table overrides, where the extra days for remote
     *        communes it leaves out come from (not 0: leaving them out is not abolishing them); null for
     *        a national table
     */
    ProcedureRule ruleFor(String key, String fileName, TimeLimitTable overridden) {
        Entry entry = procedures.get(key);
        boolean calendar = entry.calendarDays() != null;
        int days = calendar ? entry.calendarDays() : entry.workingDays();
        Map<String, Integer> steps = new LinkedHashMap<>();
        if (entry.steps() != null) {
            steps.putAll(entry.steps());
        }
        if (entry.excludedSteps() != null) {
            steps.putAll(entry.excludedSteps());
        }
        Integer extraDays = remoteCommuneExtraDaysFor(key, calendar);
        if (extraDays == null && overridden != null) {
            extraDays = overridden.remoteCommuneExtraDaysFor(key, calendar);
        }
        // the steps keep the table's order: the public procedure page lists them so
        return new ProcedureRule(key, entry.name(), days, calendar ? DayCount.CALENDAR_DAYS : DayCount.WORKING_DAYS,
                extraDays == null ? 0 : extraDays, java.util.Collections.unmodifiableMap(steps),
                entry.source() != null ? entry.source() : setBy, fileName, effectiveFrom, entry.processingUnit(), null,
                entry.steps() == null ? java.util.Set.of() : java.util.Set.copyOf(entry.steps().keySet()));
    }
}
