package vn.motcua.supervision;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.sql.DataSource;

import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import vn.motcua.organisation.Unit;
import vn.motcua.procedure.ProcedureCatalogue;
import vn.motcua.procedure.ProcedureProperties;
import vn.motcua.system.Cached;
import vn.motcua.system.TimeSource;

/**
 * Files overdue today per processing unit (the unit whose leaders answer for an overdue file, from
 * the time-limit tables), the dashboard's "overdue" figure as a metric. One grouped query on the
 * register, run at most once a minute however often it is scraped.
 */
@Component
class OverdueFilesMetric implements MeterBinder {

    static final String METRIC = "motcua.files.overdue";
    static final Duration MAX_AGE = Duration.ofMinutes(1);
    static final String UNKNOWN = "unknown";

    private final Cached<Map<String, Long>> byUnit;

    OverdueFilesMetric(DataSource dataSource, ProcedureCatalogue catalogue, ProcedureProperties procedures,
            TimeSource clock) {
        KpiQueries queries = new KpiQueries(dataSource);
        this.byUnit = new Cached<>(() -> {
            LocalDate today = clock.today();
            return perUnit(queries.overdueByProcedure(today), catalogue, procedures.province(), today);
        }, MAX_AGE);
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        List<String> units = new ArrayList<>(Arrays.stream(Unit.values()).map(Unit::groupId).toList());
        units.add(UNKNOWN);
        for (String unit : units) {
            Gauge.builder(METRIC, byUnit, files -> files.get().getOrDefault(unit, 0L))
                    .description("Files past their appointment date and still running, per processing unit")
                    .tag("unit", unit).register(registry);
        }
    }

    /** A procedure no longer in the catalogue still counts, under "unknown". */
    static Map<String, Long> perUnit(Map<String, Long> byProcedure, ProcedureCatalogue catalogue, String province,
            LocalDate today) {
        Map<String, Long> units = new TreeMap<>();
        byProcedure.forEach((procedure, files) -> {
            String unit;
            try {
                unit = catalogue.rule(procedure, province, today).processingUnit();
            } catch (IllegalArgumentException unknown) {
                unit = UNKNOWN;
            }
            units.merge(unit, files, Long::sum);
        });
        return units;
    }
}
