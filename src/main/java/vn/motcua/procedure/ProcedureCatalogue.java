package vn.motcua.procedure;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Service;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import vn.motcua.calendar.DeadlineCalculator;
import vn.motcua.system.Messages;

/**
 * The time limits and step quotas of every procedure, read from the YAML tables in
 * {@code processes/time-limits/} (and from {@code motcua.procedures.time-limits-dir} if set).
 * A province's table overrides the national one from its effective date; what it leaves out
 * is inherited. Tables are checked at start-up so a typo stops the node, not a file.
 */
@Service
public class ProcedureCatalogue {

    private static final Logger log = LoggerFactory.getLogger(ProcedureCatalogue.class);
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .registerModule(new JavaTimeModule())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    private final String externalDir;
    private final String province;
    private volatile Map<String, TimeLimitTable> tables;

    @Autowired
    public ProcedureCatalogue(ProcedureProperties properties) {
        this.externalDir = properties.timeLimitsDir();
        this.province = properties.province();
        this.tables = load(externalDir);
        log.info("Procedure catalogue: {} table(s) {}, procedures {}", tables.size(), tables.keySet(), keys());
        warnLoudly();
    }

    private void warnLoudly() {
        warnings(province, LocalDate.now(DeadlineCalculator.ZONE))
                .forEach(w -> log.warn("TIME LIMITS MAY BE OUT OF DATE for province '{}': {}", province, w));
    }

    /**
     * Reads the tables again, so an analyst's edit applies to files accepted from now on without a
     * restart. A table with mistakes is refused and the tables in force stay.
     *
     * @return the file names now in force
     */
    public synchronized Set<String> reload() {
        Map<String, TimeLimitTable> fresh = load(externalDir);
        tables = fresh;
        log.info("Procedure catalogue reloaded: {} table(s) {}", fresh.size(), fresh.keySet());
        warnLoudly();
        return new TreeSet<>(fresh.keySet());
    }

    public Set<String> keys() {
        Set<String> keys = new TreeSet<>();
        tables.values().stream().filter(TimeLimitTable::isNational).forEach(t -> keys.addAll(t.procedures().keySet()));
        return keys;
    }

    public boolean exists(String key) {
        return key != null && keys().contains(key);
    }

    /** The rule for a file of this procedure accepted on that day in that province (null: national only). */
    public ProcedureRule rule(String key, String province, LocalDate acceptedOn) {
        Map<String, TimeLimitTable> inForce = tables;
        Map.Entry<String, TimeLimitTable> national = TableInheritance.latest(inForce, key, null, acceptedOn)
                .orElseThrow(() -> new IllegalArgumentException("Unknown procedure or no rule in force: " + key));
        Optional<Map.Entry<String, TimeLimitTable>> local = province == null || province.isBlank() ? Optional.empty()
                : TableInheritance.latest(inForce, key, province, acceptedOn);
        if (local.isPresent()) {
            return TableInheritance.merged(key, local.get(), national);
        }
        ProcedureRule rule = national.getValue().ruleFor(key, national.getKey(), null);
        String stale = national.getValue().staleOn(acceptedOn);
        return stale == null ? rule : rule.withWarning(stale);
    }

    /**
     * A period that does not count toward the limit, as the province's newest table in force names it,
     * else the national one.
     *
     * @throws IllegalArgumentException a diagram names a period no table knows
     */
    public ExcludedPeriod excludedPeriod(String period, String province, LocalDate on) {
        return tables.values().stream()
                .filter(t -> t.isNational() || (province != null && province.equals(t.province())))
                .filter(t -> !t.effectiveFrom().isAfter(on))
                .filter(t -> t.excludedPeriods() != null && t.excludedPeriods().containsKey(period))
                .max(Comparator.comparing((TimeLimitTable t) -> t.isNational() ? 0 : 1)
                        .thenComparing(TimeLimitTable::effectiveFrom))
                .map(t -> t.excludedPeriods().get(period))
                .orElseThrow(() -> new IllegalArgumentException("No time-limit table defines the excluded period '"
                        + period + "'"));
    }

    /**
     * The periods a file of this procedure may stop its clock for: its entry's {@code excludedPeriods} in
     * the province's newest table that gives them, else in the national table; an entry without the list
     * allows every period its tables define.
     */
    public Set<String> excludedPeriodsOf(String key, String province, LocalDate on) {
        Map<String, TimeLimitTable> inForce = tables;
        List<String> listed = listedPeriods(inForce, key, province, on);
        return listed != null ? Set.copyOf(listed) : definedPeriods(inForce, province);
    }

    /**
     * What is wrong with the clock stops of a diagram about to be deployed, against the tables in force:
     * each stop must name a period literally, a period a table defines, and one its procedure's entries
     * allow. One line per problem, naming the resource, the element and the period.
     */
    public List<String> pauseProblems(String resource, byte[] diagram) {
        return pauseProblems(tables, resource, diagram);
    }

    private static List<String> pauseProblems(Map<String, TimeLimitTable> tables, String resource, byte[] diagram) {
        List<String> problems = new ArrayList<>();
        Set<String> defined = new TreeSet<>(definedPeriods(tables, null));
        for (PauseReferences.Pause pause : PauseReferences.in(diagram)) {
            if (pause.period() == null) {
                problems.add(Messages.text("procedure.pause.noPeriod", resource, pause.element(), defined));
                continue;
            }
            boolean known = tables.values().stream().anyMatch(t -> t.excludedPeriods() != null
                    && t.excludedPeriods().containsKey(pause.period()));
            if (!known) {
                problems.add(Messages.text("procedure.pause.unknownPeriod", resource, pause.element(), pause.period(),
                        defined));
                continue;
            }
            tables.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
                TimeLimitTable.Entry entry = e.getValue().procedures().get(pause.process());
                if (entry != null && entry.excludedPeriods() != null && !entry.excludedPeriods().contains(pause.period())) {
                    problems.add(Messages.text("procedure.pause.notAllowed", resource, pause.element(), pause.process(),
                            pause.period(), e.getKey(), entry.excludedPeriods()));
                }
            });
        }
        return problems;
    }

    /** The procedure's own list in the province's newest table that gives one, else the national's; null: none given. */
    private static List<String> listedPeriods(Map<String, TimeLimitTable> tables, String key, String province,
            LocalDate on) {
        if (province != null && !province.isBlank()) {
            Optional<List<String>> local = tables.values().stream()
                    .filter(t -> province.equals(t.province()) && !t.effectiveFrom().isAfter(on))
                    .filter(t -> t.procedures().containsKey(key) && t.procedures().get(key).excludedPeriods() != null)
                    .max(Comparator.comparing(TimeLimitTable::effectiveFrom))
                    .map(t -> t.procedures().get(key).excludedPeriods());
            if (local.isPresent()) {
                return local.get();
            }
        }
        return TableInheritance.latest(tables, key, null, on).map(e -> e.getValue().procedures().get(key).excludedPeriods())
                .orElse(null);
    }

    /** Every period the national tables (and the province's, if given) define. */
    private static Set<String> definedPeriods(Map<String, TimeLimitTable> tables, String province) {
        Set<String> defined = new TreeSet<>();
        tables.values().stream().filter(t -> t.isNational() || (province != null && province.equals(t.province())))
                .filter(t -> t.excludedPeriods() != null).forEach(t -> defined.addAll(t.excludedPeriods().keySet()));
        return Set.copyOf(defined);
    }

    /** The clock stops of the diagrams released with the application, checked against tables about to apply. */
    private static List<String> bundledDiagramProblems(Map<String, TimeLimitTable> tables) {
        List<String> problems = new ArrayList<>();
        try {
            for (Resource diagram : new PathMatchingResourcePatternResolver().getResources("classpath*:processes/*.bpmn")) {
                try (InputStream in = diagram.getInputStream()) {
                    problems.addAll(pauseProblems(tables, diagram.getFilename(), in.readAllBytes()));
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the diagrams to check their clock stops", e);
        }
        return problems;
    }

    /**
     * Every procedure as a file accepted today in this deployment's province would be counted: the public
     * procedure pages. Step names come from the bundled diagrams, read once.
     */
    public List<PublishedProcedure> published(LocalDate today) {
        StepNames names = publicStepNames();
        return keys().stream().map(key -> published(rule(key, province, today), names, today)).toList();
    }

    private PublishedProcedure published(ProcedureRule rule, StepNames names, LocalDate today) {
        List<PublishedProcedure.Step> steps = rule.stepQuotas().entrySet().stream()
                .map(e -> new PublishedProcedure.Step(names.of(rule.key(), e.getKey()), e.getValue(),
                        !rule.countedSteps().contains(e.getKey())))
                .sorted(Comparator.comparing(PublishedProcedure.Step::excluded)).toList();
        List<ExcludedPeriod> notCounted = excludedPeriodsOf(rule.key(), province, today).stream().sorted()
                .map(period -> excludedPeriod(period, province, today)).toList();
        return new PublishedProcedure(rule.key(), rule.name(), rule.days(), rule.dayCount(),
                rule.remoteCommuneExtraDays(),
                rule.source(), rule.processingUnit(), steps, notCounted, rule.warning());
    }

    private volatile StepNames stepNames;

    /** The public pages may be asked often; the bundled diagrams do not change while the node runs. */
    private StepNames publicStepNames() {
        StepNames names = stepNames;
        if (names == null) {
            names = StepNames.fromDiagrams();
            stepNames = names;
        }
        return names;
    }

    /** The tables in force and what reloading the files would change: the analyst's read-only page. */
    public TimeLimitOverview overview(LocalDate today) {
        StepNames names = StepNames.fromDiagrams();
        List<TimeLimitOverview.Table> inForce = tables.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, TimeLimitTable> e) -> e.getValue().isNational() ? 0 : 1)
                        .thenComparing(e -> e.getValue().effectiveFrom()).thenComparing(Map.Entry::getKey))
                .map(e -> view(e.getKey(), e.getValue(), names, today)).toList();
        try {
            return new TimeLimitOverview(inForce, changes(tables, load(externalDir)), null);
        } catch (IllegalStateException e) {
            return new TimeLimitOverview(inForce, List.of(), e.getMessage());
        }
    }

    private static TimeLimitOverview.Table view(String file, TimeLimitTable table, StepNames names,
            LocalDate today) {
        List<TimeLimitOverview.Procedure> procedures = table.procedures().entrySet().stream()
                .sorted(Map.Entry.comparingByKey()).map(e -> {
                    TimeLimitTable.Entry entry = e.getValue();
                    List<TimeLimitOverview.Step> steps = new ArrayList<>();
                    if (entry.steps() != null) {
                        entry.steps().forEach((id, days) -> steps.add(new TimeLimitOverview.Step(id,
                                names.of(e.getKey(), id), days, false)));
                    }
                    if (entry.excludedSteps() != null) {
                        entry.excludedSteps().forEach((id, days) -> steps.add(new TimeLimitOverview.Step(id,
                                names.of(e.getKey(), id), days, true)));
                    }
                    boolean calendar = entry.calendarDays() != null;
                    return new TimeLimitOverview.Procedure(e.getKey(), entry.name() != null ? entry.name()
                            : names.of(e.getKey(), e.getKey()), calendar ? entry.calendarDays() : entry.workingDays(),
                            entry.workingDays() == null && entry.calendarDays() == null ? null
                                    : Messages.text(calendar ? "procedure.unit.calendarDays" : "procedure.unit.workingDays"),
                            entry.source() != null ? entry.source() : table.setBy(), entry.processingUnit(), List.copyOf(steps));
                }).toList();
        return new TimeLimitOverview.Table(file, table.province(), table.setBy(), table.effectiveFrom(),
                table.staleOn(today), procedures);
    }

    /** One line per table or procedure that a reload would add, remove or change. */
    private static List<String> changes(Map<String, TimeLimitTable> now, Map<String, TimeLimitTable> onDisk) {
        List<String> changes = new ArrayList<>();
        new TreeSet<>(union(now.keySet(), onDisk.keySet())).forEach(file -> {
            TimeLimitTable before = now.get(file);
            TimeLimitTable after = onDisk.get(file);
            if (before == null) {
                changes.add(Messages.text("procedure.change.tableAdded", file,
                        vn.motcua.calendar.DayFormat.of(after.effectiveFrom()),
                        String.join(", ", new TreeSet<>(after.procedures().keySet()))));
            } else if (after == null) {
                changes.add(Messages.text("procedure.change.tableRemoved", file));
            } else if (!before.equals(after)) {
                new TreeSet<>(union(before.procedures().keySet(), after.procedures().keySet())).forEach(key -> {
                    TimeLimitTable.Entry was = before.procedures().get(key);
                    TimeLimitTable.Entry will = after.procedures().get(key);
                    if (!java.util.Objects.equals(was, will)) {
                        changes.add(was == null ? Messages.text("procedure.change.procedureAdded", file, key)
                                : will == null ? Messages.text("procedure.change.procedureRemoved", file, key)
                                : Messages.text("procedure.change.procedureChanged", file, key, days(was), days(will)));
                    }
                });
                if (before.procedures().equals(after.procedures())) {
                    changes.add(Messages.text("procedure.change.tableDetails", file));
                }
            }
        });
        return changes;
    }

    private static String days(TimeLimitTable.Entry entry) {
        return entry.calendarDays() != null ? Messages.text("procedure.days.calendar", entry.calendarDays())
                : entry.workingDays() != null ? Messages.text("procedure.days.working", entry.workingDays())
                : Messages.text("procedure.days.inherited");
    }

    /**
     * What an analyst and a supervisor must see today about the rules in force: the national table
     * applied where the province should have its own. Logged at start and reload, shown on the dashboard.
     */
    public List<String> warnings(String province, LocalDate today) {
        return keys().stream().map(key -> rule(key, province, today)).filter(r -> r.warning() != null)
                .map(r -> r.table() + ": " + r.warning()).distinct().toList();
    }

    private static java.util.Set<String> union(java.util.Set<String> a, java.util.Set<String> b) {
        java.util.Set<String> both = new java.util.HashSet<>(a);
        both.addAll(b);
        return java.util.Set.copyOf(both);
    }

    private static Map<String, TimeLimitTable> load(String externalDir) {
        Map<String, TimeLimitTable> tables = new HashMap<>();
        try {
            for (Resource resource : new PathMatchingResourcePatternResolver()
                    .getResources("classpath*:processes/time-limits/*.yaml")) {
                try (InputStream in = resource.getInputStream()) {
                    tables.put(resource.getFilename(), read(in, resource.getFilename()));
                }
            }
            if (externalDir != null && !externalDir.isBlank() && !Files.isDirectory(Path.of(externalDir))) {
                log.warn("motcua.procedures.time-limits-dir {} is not a folder; only the built-in tables apply", externalDir);
            } else if (externalDir != null && !externalDir.isBlank()) {
                try (Stream<Path> files = Files.list(Path.of(externalDir))) {
                    for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).toList()) {
                        try (InputStream in = Files.newInputStream(file)) {
                            tables.put(file.getFileName().toString(), read(in, file.toString()));
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the time-limit tables", e);
        }
        return validate(tables);
    }

    /**
     * The working days that any run of {@code calendarDays} consecutive days holds at the fewest
     * (the run that starts on a Saturday), before holidays: step quotas in working days must fit
     * in it, or a limit in calendar days is used up before its steps are.
     */
    static int fewestWorkingDays(int calendarDays) {
        int fewest = calendarDays;
        for (java.time.DayOfWeek start : java.time.DayOfWeek.values()) {
            int working = 0;
            for (int i = 0; i < calendarDays; i++) {
                java.time.DayOfWeek day = start.plus(i);
                if (day != java.time.DayOfWeek.SATURDAY && day != java.time.DayOfWeek.SUNDAY) {
                    working++;
                }
            }
            fewest = Math.min(fewest, working);
        }
        return fewest;
    }

    private static TimeLimitTable read(InputStream in, String name) {
        try {
            return YAML.readValue(in, TimeLimitTable.class);
        } catch (IOException e) {
            throw new IllegalStateException("Time-limit table " + name + " is not valid: " + e.getMessage(), e);
        }
    }

    private static Map<String, TimeLimitTable> validate(Map<String, TimeLimitTable> tables) {
        List<String> problems = new ArrayList<>();
        Map<String, TimeLimitTable> sound = new HashMap<>();
        tables.forEach((file, table) -> {
            List<String> own = problemsOf(file, table);
            problems.addAll(own);
            if (own.isEmpty()) {
                sound.put(file, table);
            }
        });
        // A province entry that shortens a limit but keeps the national steps may no longer fit them.
        problems.addAll(TableInheritance.quotaProblems(sound));
        problems.addAll(periodProblems(sound));
        if (problems.isEmpty()) {
            // A diagram that stops the clock for a period the tables no longer give would fail a file.
            problems.addAll(bundledDiagramProblems(sound));
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Time-limit tables have errors:\n  " + String.join("\n  ", problems));
        }
        return Map.copyOf(tables);
    }

    /** Procedure entries that allow a period neither their table nor a national table defines. */
    private static List<String> periodProblems(Map<String, TimeLimitTable> tables) {
        List<String> problems = new ArrayList<>();
        Set<String> national = definedPeriods(tables, null);
        new TreeMap<>(tables).forEach((file, table) -> new TreeMap<>(table.procedures()).forEach((key, entry) -> {
            if (entry.excludedPeriods() == null) {
                return;
            }
            for (String period : entry.excludedPeriods()) {
                boolean own = table.excludedPeriods() != null && table.excludedPeriods().containsKey(period);
                if (!own && !national.contains(period)) {
                    problems.add(file + " " + key + ": excludedPeriods names '" + period + "', which no table defines"
                            + " (defined: " + new TreeSet<>(national) + ")");
                }
            }
        }));
        return problems;
    }

    /** What is wrong with a table on its own, without the tables it inherits from. */
    private static List<String> problemsOf(String file, TimeLimitTable table) {
        List<String> problems = new ArrayList<>();
        if (table.effectiveFrom() == null || table.setBy() == null || table.procedures() == null) {
            problems.add(file + ": effectiveFrom, setBy and procedures are required");
            return problems;
        }
        table.procedures().forEach((key, entry) -> {
            boolean working = entry.workingDays() != null;
            boolean calendar = entry.calendarDays() != null;
            if (working == calendar) {
                problems.add(file + " " + key + ": give exactly one of workingDays or calendarDays");
                return;
            }
            int days = working ? entry.workingDays() : entry.calendarDays();
            if (days <= 0) {
                problems.add(file + " " + key + ": the time limit must be positive");
            }
            if (table.isNational() && (entry.name() == null || entry.processingUnit() == null)) {
                problems.add(file + " " + key + ": the national table must give the name and processingUnit");
            }
            int quotas = entry.steps() == null ? 0 : entry.steps().values().stream().mapToInt(Integer::intValue).sum();
            if (working && quotas > days) {
                problems.add(file + " " + key + ": step quotas add up to " + quotas + " days, more than the limit " + days);
            }
            if (calendar && quotas > fewestWorkingDays(days)) {
                problems.add(file + " " + key + ": step quotas add up to " + quotas + " working days, more than "
                        + days + " calendar days hold at the fewest (" + fewestWorkingDays(days) + ")");
            }
        });
        return problems;
    }
}
