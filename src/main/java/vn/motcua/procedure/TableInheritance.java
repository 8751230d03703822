package vn.motcua.procedure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * How a province's table stands over the national one (Decree 49/2026 Art 15): for each procedure the
 * province's newest table in force wins, and what its entry leaves out (name, processing unit, the steps
 * it does not restate, the extra days for remote communes) comes from the national table in force on
 * the same day. Used both to answer for a file and to check a table before it applies.
 */
final class TableInheritance {

    private TableInheritance() {
    }

    /** The newest table of the province (null: national) in force on that day that lists the procedure. */
    static Optional<Map.Entry<String, TimeLimitTable>> latest(Map<String, TimeLimitTable> tables, String key,
            String province, LocalDate on) {
        return tables.entrySet().stream()
                .filter(e -> province == null ? e.getValue().isNational() : province.equals(e.getValue().province()))
                .filter(e -> !e.getValue().effectiveFrom().isAfter(on))
                .filter(e -> e.getValue().procedures().containsKey(key))
                .max(Comparator.comparing(e -> e.getValue().effectiveFrom()));
    }

    /** The province table's rule, with what it leaves out taken from the national table. */
    static ProcedureRule merged(String key, Map.Entry<String, TimeLimitTable> local,
            Map.Entry<String, TimeLimitTable> national) {
        ProcedureRule own = local.getValue().ruleFor(key, local.getKey(), national.getValue());
        ProcedureRule inherited = national.getValue().ruleFor(key, national.getKey(), null);
        Map<String, Integer> steps = new LinkedHashMap<>(inherited.stepQuotas());
        steps.putAll(own.stepQuotas());
        Set<String> counted = Stream.concat(inherited.countedSteps().stream(), own.countedSteps().stream())
                .collect(Collectors.toUnmodifiableSet());
        return new ProcedureRule(key, own.name() != null ? own.name() : inherited.name(), own.days(), own.dayCount(),
                own.remoteCommuneExtraDays(), java.util.Collections.unmodifiableMap(steps), own.source(), own.table(), own.effectiveFrom(),
                own.processingUnit() != null ? own.processingUnit() : inherited.processingUnit(), null, counted);
    }

    /**
     * Province entries whose step quotas, counting those inherited for the steps they do not restate, no
     * longer fit in their limit (a shorter limit over the national quotas): such a file would be late by
     * design. Each entry is checked against every national table it can stand over: the one in force on
     * its effective date and any that takes effect later while it is still the province's newest.
     *
     * @param tables tables each right on its own (what a province inherits is read from them)
     */
    static List<String> quotaProblems(Map<String, TimeLimitTable> tables) {
        List<String> problems = new ArrayList<>();
        tables.forEach((file, table) -> {
            if (table.isNational()) {
                return;
            }
            table.procedures().keySet().forEach(key -> changeDays(tables, table, key).stream()
                    .map(day -> quotaProblem(tables, file, table, key, day)).filter(Objects::nonNull).findFirst()
                    .ifPresent(problems::add));
        });
        return problems;
    }

    /** The days the national rule under this entry may change: its effective date and later national tables. */
    private static List<LocalDate> changeDays(Map<String, TimeLimitTable> tables, TimeLimitTable table, String key) {
        List<LocalDate> days = new ArrayList<>(List.of(table.effectiveFrom()));
        tables.values().stream().filter(TimeLimitTable::isNational).filter(t -> t.procedures().containsKey(key))
                .map(TimeLimitTable::effectiveFrom).filter(d -> d.isAfter(table.effectiveFrom())).sorted()
                .forEach(days::add);
        return days;
    }

    private static String quotaProblem(Map<String, TimeLimitTable> tables, String file, TimeLimitTable table,
            String key, LocalDate day) {
        Optional<Map.Entry<String, TimeLimitTable>> local = latest(tables, key, table.province(), day);
        Optional<Map.Entry<String, TimeLimitTable>> national = latest(tables, key, null, day);
        if (local.isEmpty() || !local.get().getKey().equals(file) || national.isEmpty()) {
            return null;
        }
        ProcedureRule rule = merged(key, local.get(), national.get());
        int quotas = rule.countedSteps().stream().mapToInt(rule::quotaOf).sum();
        boolean calendar = rule.dayCount() == DayCount.CALENDAR_DAYS;
        int room = calendar ? ProcedureCatalogue.fewestWorkingDays(rule.days()) : rule.days();
        if (quotas <= room) {
            return null;
        }
        return file + " " + key + ": step quotas add up to " + quotas + (calendar
                ? " working days, more than " + rule.days() + " calendar days hold at the fewest (" + room + ")"
                : " days, more than the limit " + rule.days())
                + ". The steps this table does not restate keep their quotas inherited from " + national.get().getKey()
                + " (" + inheritedSteps(table.procedures().get(key), national.get().getValue().procedures().get(key))
                + "): restate them in this table so that they fit in the limit";
    }

    /** "appraiseFile 3, surveyParcel 4": the counted national steps the province entry does not restate. */
    private static String inheritedSteps(TimeLimitTable.Entry local, TimeLimitTable.Entry national) {
        Set<String> restated = new HashSet<>();
        if (local.steps() != null) {
            restated.addAll(local.steps().keySet());
        }
        if (local.excludedSteps() != null) {
            restated.addAll(local.excludedSteps().keySet());
        }
        return national.steps() == null ? "" : national.steps().entrySet().stream()
                .filter(s -> !restated.contains(s.getKey())).map(s -> s.getKey() + " " + s.getValue())
                .collect(Collectors.joining(", "));
    }
}
