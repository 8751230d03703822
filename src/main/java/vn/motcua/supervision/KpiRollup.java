package vn.motcua.supervision;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongFunction;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.motcua.calendar.DeadlineCalculator;
import vn.motcua.dossier.Handovers;

/**
 * Adds settled files and finished hand-overs to the monthly KPI tables (V6__kpi_rollup.sql) and
 * marks them rolled (a file leaves {@code mc_kpi_live_file}, V27, a hand-over {@code mc_kpi_live_handover},
 * V29), a batch per transaction: a crash rolls a batch back whole, so nothing is
 * counted twice or lost. A file settles when it finished, or was refused, withdrawn or closed; a
 * hand-over when it finished; after that nothing the dashboard reads of them changes. The buckets are those of {@link KpiQueries}; keep them in step.
 * Every row carries the parcel's commune, and a file's rows its receiving centre (V11), so the
 * province view and the commune and agency filters read rolled months too; an agency other than a
 * centre is read from the unit slices, its groups being its own.
 * A plain class, like KpiQueries, so the benchmark can run it against any data source.
 */
public class KpiRollup {

    static final int BATCH = 2_000;

    private final NamedParameterJdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Supplier<Instant> clock;

    /** @param clock the application's clock ({@code TimeSource::now}): when a pass ran is a moment of the register */
    public KpiRollup(DataSource dataSource, PlatformTransactionManager transactionManager, Supplier<Instant> clock) {
        this.jdbc = new NamedParameterJdbcTemplate(dataSource);
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /** How many files and hand-overs one call rolled. */
    public record Rolled(long files, long handovers) {
    }

    /**
     * Rolls every file settled before the moment, and every hand-over finished before it (a step
     * is fixed once it finished, whatever its file does next), a batch at a time.
     */
    public Rolled rollSettledBefore(Instant settledBefore) {
        Timestamp before = Timestamp.from(settledBefore);
        return new Rolled(inBatches(after -> rollFiles(before, after)), inBatches(after -> rollHandovers(before, after)));
    }

    /** One transaction's work: how many rows it rolled, and the last id it looked at. */
    private record Batch(int size, long lastId) {
    }

    /**
     * Batches in id order, each starting after the last id of the one before, so a catch-up over
     * a million rows never walks again over the rows (and dead index entries) it just rolled.
     */
    private long inBatches(LongFunction<Batch> batchAfter) {
        long rolled = 0;
        Batch batch = new Batch(BATCH, 0);
        while (batch.size() == BATCH) {
            long after = batch.lastId();
            batch = transactions.execute(status -> batchAfter.apply(after));
            rolled += batch.size();
        }
        return rolled;
    }

    /** Serialises the nodes of a cluster: a batch is read and marked under this lock. */
    private void lock() {
        jdbc.getJdbcTemplate().queryForObject("select files_rolled from mc_kpi_rollup where id = 1 for update", Long.class);
    }

    private Batch rollFiles(Timestamp before, long after) {
        lock();
        List<SettledFile> files = jdbc.query("""
                select d.id, d.procedure_key, d.procedure_name, d.channel, d.received_at, d.accepted_on,
                    coalesce(d.counted_due_date, d.due_date) as due_date, d.status,
                    d.paused_since, d.finished_at, d.extended, d.supplement_count, d.supplement_restarts_clock,
                    d.commune_code, d.receiving_agency
                from mc_kpi_live_file l join mc_dossier d on d.id = l.dossier_id
                where l.dossier_id > :after
                  and (d.finished_at < :before or (d.status in ('REFUSED', 'WITHDRAWN', 'CLOSED') and d.updated_at < :before))
                order by l.dossier_id fetch first %d rows only""".formatted(BATCH),
                new MapSqlParameterSource("before", before).addValue("after", after), (rs, i) -> SettledFile.of(rs));
        if (files.isEmpty()) {
            return new Batch(0, after);
        }
        Map<Long, SettledFile> byId = new LinkedHashMap<>();
        files.forEach(f -> byId.put(f.id, f));
        MapSqlParameterSource ids = new MapSqlParameterSource("ids", byId.keySet());
        jdbc.query("select dossier_id, unit from mc_handover where dossier_id in (:ids)", ids,
                rs -> { byId.get(rs.getLong("dossier_id")).addUnits(rs.getString("unit")); });
        Map<List<Object>, long[]> apologies = new HashMap<>();
        jdbc.query("select dossier_id, changed_at, old_due from mc_due_date_change where kind = 'APOLOGY' "
                + "and dossier_id in (:ids)", ids, rs -> {
                    SettledFile file = byId.get(rs.getLong("dossier_id"));
                    Instant changed = rs.getTimestamp("changed_at").toInstant();
                    LocalDate oldDue = rs.getObject("old_due", LocalDate.class);
                    boolean timely = KpiRules.apologyTimely(day(changed), oldDue);
                    for (String unit : file.unitKeys()) {
                        add(apologies, List.of(unit, file.procedureKey, month(changed), timely, file.commune,
                                file.receivedBy), 1);
                    }
                });
        Map<List<Object>, long[]> fileMonths = new HashMap<>();
        Map<List<Object>, String> procedureNames = new HashMap<>();
        for (SettledFile file : files) {
            for (String unit : file.unitKeys()) {
                List<Object> key = file.key(unit);
                add(fileMonths, key, 1, file.supplements, file.supplements > 1 ? 1 : 0);
                procedureNames.put(key, file.procedureName);
            }
        }
        upsert("mc_kpi_file_month", List.of("unit", "procedure_key", "received_month", "finished_month", "due_month",
                "counted", "timeliness", "stopped", "extended", "channel", "commune_code", "receiving_agency"),
                "procedure_name",
                List.of("files", "supplements", "repeated"), fileMonths, procedureNames);
        upsert("mc_kpi_apology_month", List.of("unit", "procedure_key", "changed_month", "timely", "commune_code",
                "receiving_agency"), null,
                List.of("apologies"), apologies, Map.of());
        jdbc.update("delete from mc_kpi_live_file where dossier_id in (:ids)", ids);
        jdbc.getJdbcTemplate().update("update mc_kpi_rollup set files_rolled = files_rolled + ?, last_rolled_at = ? "
                + "where id = 1", files.size(), Timestamp.from(clock.get()));
        return new Batch(files.size(), files.get(files.size() - 1).id);
    }

    private Batch rollHandovers(Timestamp before, long after) {
        lock();
        List<Long> ids = new ArrayList<>();
        Map<List<Object>, long[]> handovers = new HashMap<>();
        Map<List<Object>, String> stepNames = new HashMap<>();
        Map<List<Object>, long[]> holding = new HashMap<>();
        jdbc.query("""
                select h.id, h.unit, h.step_key, h.step_name, h.assignee, h.outcome, h.received_at, h.finished_at,
                    d.procedure_key, d.commune_code
                from mc_kpi_live_handover l join mc_handover h on h.id = l.handover_id
                    join mc_dossier d on d.id = h.dossier_id
                where l.handover_id > :after and h.outcome is not null and h.finished_at < :before
                order by l.handover_id fetch first %d rows only""".formatted(BATCH),
                new MapSqlParameterSource("before", before).addValue("after", after), rs -> {
                    ids.add(rs.getLong("id"));
                    String unit = rs.getString("unit") == null ? "" : rs.getString("unit");
                    String procedure = rs.getString("procedure_key");
                    Timestamp finished = rs.getTimestamp("finished_at");
                    int month = month(finished.toInstant());
                    String assignee = rs.getString("assignee") == null ? "" : rs.getString("assignee");
                    String commune = blank(rs.getString("commune_code"));
                    List<Object> key = List.of(unit, rs.getString("step_key"), procedure, month, assignee,
                            rs.getString("outcome"), commune);
                    add(handovers, key, 1);
                    stepNames.put(key, rs.getString("step_name"));
                    double hours = (finished.getTime() - rs.getTimestamp("received_at").getTime()) / 3_600_000.0;
                    add(holding, List.of(unit, rs.getString("step_key"), procedure, month, HoldingTimes.bucket(hours),
                            commune), 1);
                });
        if (ids.isEmpty()) {
            return new Batch(0, after);
        }
        upsert("mc_kpi_handover_month", List.of("unit", "step_key", "procedure_key", "finished_month", "assignee",
                "outcome", "commune_code"), "step_name", List.of("handovers"), handovers, stepNames);
        upsert("mc_kpi_holding_month", List.of("unit", "step_key", "procedure_key", "finished_month", "bucket",
                "commune_code"), null,
                List.of("handovers"), holding, Map.of());
        jdbc.update("delete from mc_kpi_live_handover where handover_id in (:ids)", new MapSqlParameterSource("ids", ids));
        return new Batch(ids.size(), ids.get(ids.size() - 1));
    }

    private static void add(Map<List<Object>, long[]> sums, List<Object> key, long... values) {
        long[] sum = sums.computeIfAbsent(key, k -> new long[values.length]);
        for (int i = 0; i < values.length; i++) {
            sum[i] += values[i];
        }
    }

    /** Adds each row's measures to its existing row, or inserts it (the lock above keeps this race-free). */
    private void upsert(String table, List<String> keys, String label, List<String> measures,
            Map<List<Object>, long[]> rows, Map<List<Object>, String> labels) {
        if (rows.isEmpty()) {
            return;
        }
        String where = String.join(" and ", keys.stream().map(k -> k + " = ?").toList());
        String set = String.join(", ", measures.stream().map(m -> m + " = " + m + " + ?").toList());
        List<Object[]> updates = new ArrayList<>();
        List<List<Object>> order = new ArrayList<>(rows.keySet());
        for (List<Object> key : order) {
            List<Object> args = new ArrayList<>();
            for (long value : rows.get(key)) {
                args.add(value);
            }
            args.addAll(key);
            updates.add(args.toArray());
        }
        int[] updated = jdbc.getJdbcTemplate().batchUpdate("update " + table + " set " + set + " where " + where, updates);
        List<String> columns = new ArrayList<>(keys);
        if (label != null) {
            columns.add(label);
        }
        columns.addAll(measures);
        String insert = "insert into " + table + " (" + String.join(", ", columns) + ") values ("
                + String.join(", ", columns.stream().map(c -> "?").toList()) + ")";
        List<Object[]> inserts = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) {
            if (updated[i] == 0) {
                List<Object> args = new ArrayList<>(order.get(i));
                if (label != null) {
                    args.add(labels.get(order.get(i)));
                }
                for (long value : rows.get(order.get(i))) {
                    args.add(value);
                }
                inserts.add(args.toArray());
            }
        }
        jdbc.getJdbcTemplate().batchUpdate(insert, inserts);
    }

    /** A Vietnamese calendar month as yyyymm. */
    static int month(Instant moment) {
        YearMonth month = YearMonth.from(moment.atZone(DeadlineCalculator.ZONE));
        return month.getYear() * 100 + month.getMonthValue();
    }

    static int month(YearMonth month) {
        return month.getYear() * 100 + month.getMonthValue();
    }

    /** Key columns hold '' for none (a file without a commune or receiving centre: tests, very old files). */
    private static String blank(String value) {
        return value == null ? "" : value;
    }

    private static LocalDate day(Instant moment) {
        return LocalDate.ofInstant(moment, DeadlineCalculator.ZONE);
    }

    /** A settled file's facts as the dashboard buckets them. */
    private static final class SettledFile {
        final long id;
        final String procedureKey;
        final String procedureName;
        final String channel;
        final int receivedMonth;
        final int finishedMonth;
        final int dueMonth;
        final boolean counted;
        final String timeliness;
        final boolean stopped;
        final boolean extended;
        final long supplements;
        final String commune;
        final String receivedBy;
        final Set<String> units = new LinkedHashSet<>(List.of(""));

        private SettledFile(ResultSet rs) throws SQLException {
            id = rs.getLong("id");
            procedureKey = rs.getString("procedure_key");
            procedureName = rs.getString("procedure_name");
            channel = rs.getString("channel");
            receivedMonth = month(rs.getTimestamp("received_at").toInstant());
            Timestamp finished = rs.getTimestamp("finished_at");
            finishedMonth = finished == null ? 0 : month(finished.toInstant());
            LocalDate due = rs.getObject("due_date", LocalDate.class);
            dueMonth = due == null ? 0 : month(YearMonth.from(due));
            String status = rs.getString("status");
            counted = KpiRules.counted(rs.getObject("accepted_on", LocalDate.class), status);
            timeliness = finished == null ? "" : KpiRules.timeliness(day(finished.toInstant()), due);
            stopped = KpiRules.clockStopped(rs.getObject("paused_since", LocalDate.class), status,
                    rs.getBoolean("supplement_restarts_clock"));
            extended = rs.getBoolean("extended");
            supplements = rs.getInt("supplement_count");
            commune = blank(rs.getString("commune_code"));
            receivedBy = blank(rs.getString("receiving_agency"));
        }

        static SettledFile of(ResultSet rs) throws SQLException {
            return new SettledFile(rs);
        }

        void addUnits(String groups) {
            units.addAll(Handovers.unitsOf(groups));
        }

        /** '' (every file) and each unit it passed through. */
        Set<String> unitKeys() {
            return units;
        }

        List<Object> key(String unit) {
            return List.of(unit, procedureKey, receivedMonth, finishedMonth, dueMonth, counted, timeliness, stopped,
                    extended, channel, commune, receivedBy);
        }
    }
}
