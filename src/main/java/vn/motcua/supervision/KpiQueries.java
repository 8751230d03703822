package vn.motcua.supervision;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.sql.DataSource;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import vn.motcua.calendar.DeadlineCalculator;
import vn.motcua.dossier.Handovers;
import vn.motcua.organisation.Unit;
import vn.motcua.supervision.Rows.ApologyCounts;
import vn.motcua.supervision.Rows.ChannelRow;
import vn.motcua.supervision.Rows.FileRow;
import vn.motcua.supervision.Rows.HandoverRow;
import vn.motcua.supervision.Rows.NowCounts;
import vn.motcua.supervision.Rows.ProcedureRow;

/**
 * The KPIs as SQL over the file register (mc_dossier, mc_due_date_change) and the control sheet
 * (mc_handover), nothing read from Camunda's history. Each figure is the files and steps not
 * rolled yet, counted here, plus the settled files and finished steps {@link KpiRollup} has added
 * to the monthly tables ({@link RolledFigures}), so a query reads the open files and a few
 * thousand rollup rows, not the register's history. The bucket rules are {@link KpiRules}'. A plain class (no Spring annotations) so the benchmark can run it against any data source.
 */
public class KpiQueries {

    // The file-level buckets of the Gia Lai method (KpiRules).
    private static final String COUNTED = KpiRules.COUNTED_SQL;
    static final String IN_PERIOD = COUNTED
            + " and d.received_at < :end and (d.finished_at is null or d.finished_at >= :start)";
    /** Files not rolled yet: the few rows of mc_kpi_live_file (V27), not a scan of the register. */
    static final String LIVE = " and d.id in (select l.dossier_id from mc_kpi_live_file l)";
    /** Hand-overs not rolled yet: the rows of mc_kpi_live_handover (V29). */
    static final String LIVE_HANDOVER = " and h.id in (select l.handover_id from mc_kpi_live_handover l)";
    private static final String FINISHED_IN = "(d.finished_at >= :start and d.finished_at < :end)";
    /** The day lateness counts against: the appointment, or the old one when the apology came after it. */
    private static final String DUE = "coalesce(d.counted_due_date, d.due_date)";
    /** The Vietnamese day the file finished on. */
    private static final String FINISHED_DAY = VietnamDays.dayOf("d.finished_at");
    private static final String EARLY = FINISHED_IN + " and (d.due_date is null or " + FINISHED_DAY + " < " + DUE + ")";
    private static final String ON_TIME = FINISHED_IN + " and " + FINISHED_DAY + " = " + DUE;
    private static final String LATE = FINISHED_IN + " and " + FINISHED_DAY + " > " + DUE;
    private static final String OPEN_AT_END = "(d.finished_at is null or d.finished_at >= :end)";
    private static final String STOPPED = KpiRules.STOPPED_SQL;
    private static final String RUNNING = KpiRules.RUNNING_SQL;
    private static final String PAUSED = OPEN_AT_END + " and " + STOPPED;
    private static final String OVERDUE = OPEN_AT_END + " and " + RUNNING + " and " + DUE + " < :asOf";
    private static final String NOT_DUE = OPEN_AT_END + " and " + RUNNING + " and (d.due_date is null or " + DUE + " >= :asOf)";
    private static final String LATE_ANY = "((" + LATE + ") or (" + OVERDUE + "))";
    private static final String OPEN_NOW = COUNTED + " and d.finished_at is null and d.status <> 'FINISHED'";
    private static final String APOLOGY_IN = "c.kind = 'APOLOGY' and c.changed_at >= :start and c.changed_at < :end";
    private static final String APOLOGY_TIMELY = KpiRules.APOLOGY_TIMELY_SQL;
    static final String HANDOVER_DONE = "h.outcome is not null and h.finished_at >= :start and h.finished_at < :end";
    static final String HANDOVER_LATE = "((h.outcome = 'LATE' and h.finished_at >= :start and h.finished_at < :end)"
            + " or (h.finished_at is null and h.due_at < :now))";

    private final NamedParameterJdbcTemplate jdbc;
    private final SqlDialect dialect;
    private final RolledFigures rolled;

    public KpiQueries(DataSource dataSource) {
        this.dialect = SqlDialect.of(dataSource);
        this.jdbc = new NamedParameterJdbcTemplate(dataSource);
        this.rolled = new RolledFigures(jdbc);
    }

    NamedParameterJdbcTemplate jdbc() {
        return jdbc;
    }

    SqlDialect dialect() {
        return dialect;
    }

    /** Period figures of all matching files together. */
    public Counts counts(KpiFilter filter, Moment now) {
        List<Counts> rows = jdbc.query("select " + countColumns() + " from mc_dossier d where " + IN_PERIOD
                + liveFileFilters(filter), params(filter, now), (rs, i) -> counts(rs));
        return (rows.isEmpty() ? Counts.ZERO : rows.get(0)).plus(rolled.counts(filter));
    }

    /** The same figures per procedure. */
    public List<ProcedureRow> countsByProcedure(KpiFilter filter, Moment now) {
        Map<String, ProcedureRow> rows = new TreeMap<>(rolled.countsByProcedure(filter));
        jdbc.query("select d.procedure_key, max(d.procedure_name) as procedure_name, " + countColumns()
                + " from mc_dossier d where " + IN_PERIOD + liveFileFilters(filter) + " group by d.procedure_key",
                params(filter, now), rs -> {
                    ProcedureRow live = new ProcedureRow(rs.getString("procedure_key"), rs.getString("procedure_name"),
                            counts(rs));
                    rows.merge(live.key(), live, (a, b) -> new ProcedureRow(a.key(), b.name(), a.counts().plus(b.counts())));
                });
        return List.copyOf(rows.values());
    }

    /** Files needing attention today, whatever the period: near due, overdue, paused past the receipt date. */
    public NowCounts now(KpiFilter filter, Moment now, LocalDate nearDueUntil) {
        MapSqlParameterSource params = params(filter, now).addValue("nearDueUntil", nearDueUntil);
        return jdbc.queryForObject("select "
                + "coalesce(sum(case when " + RUNNING + " and d.due_date >= :today and d.due_date <= :nearDueUntil then 1 else 0 end), 0) near_due, "
                + "coalesce(sum(case when " + RUNNING + " and " + DUE + " < :today then 1 else 0 end), 0) overdue, "
                + "coalesce(sum(case when " + STOPPED + " and " + DUE + " < :today then 1 else 0 end), 0) paused_past_due "
                + "from mc_dossier d where " + OPEN_NOW + liveFileFilters(filter), params,
                (rs, i) -> new NowCounts(rs.getLong("near_due"), rs.getLong("overdue"), rs.getLong("paused_past_due")));
    }

    /**
     * Files overdue today per procedure, every unit and procedure: the dashboard's "overdue" figure
     * without a filter, for the operators' metrics. One grouped query on the (status, due_date) index.
     */
    public Map<String, Long> overdueByProcedure(LocalDate today) {
        Map<String, Long> overdue = new TreeMap<>();
        jdbc.query("select d.procedure_key, count(*) as files from mc_dossier d where " + OPEN_NOW + " and " + RUNNING
                + " and d.due_date < :today group by d.procedure_key", new MapSqlParameterSource("today", today),
                rs -> {
                    overdue.put(rs.getString("procedure_key"), rs.getLong("files"));
                });
        return overdue;
    }

    /** Apologies recorded in the period, timely or late, and late files never extended. */
    public ApologyCounts apologies(KpiFilter filter, Moment now, Counts counts) {
        MapSqlParameterSource params = params(filter, now);
        return jdbc.queryForObject("select "
                + "coalesce(sum(case when " + APOLOGY_TIMELY + " then 1 else 0 end), 0) timely, count(*) total "
                + "from mc_due_date_change c join mc_dossier d on d.id = c.dossier_id where " + APOLOGY_IN
                + liveFileFilters(filter), params, (rs, i) -> {
                    long[] rolledUp = rolled.apologies(filter);
                    long timely = rs.getLong("timely") + rolledUp[0];
                    return new ApologyCounts(timely, rs.getLong("total") + rolledUp[1] - timely, counts.lateNotExtended());
                });
    }

    /** Submissions of the period by channel (every file, refused or not). */
    public List<ChannelRow> channels(KpiFilter filter, Moment now) {
        Map<String, Long> byChannel = new LinkedHashMap<>();
        byChannel.put("IN_PERSON", 0L);
        byChannel.put("POST", 0L);
        byChannel.put("ONLINE", 0L);
        rolled.channels(filter).forEach((channel, files) -> byChannel.merge(channel, files, Long::sum));
        jdbc.query("select d.channel, count(*) as files from mc_dossier d where d.received_at >= :start and d.received_at < :end"
                + liveFileFilters(filter) + " group by d.channel", params(filter, now),
                rs -> { byChannel.merge(rs.getString("channel"), rs.getLong("files"), Long::sum); });
        long total = byChannel.values().stream().mapToLong(Long::longValue).sum();
        return byChannel.entrySet().stream()
                .map(e -> new ChannelRow(e.getKey(), e.getValue(), Rates.percent(e.getValue(), total))).toList();
    }

    /** The control sheet per step and unit, with holding times. */
    public List<HandoverRow> steps(KpiFilter filter, Moment now) {
        List<HandoverRow> live = jdbc.query("select h.step_key, max(h.step_name) as step_name, h.unit, "
                + handoverCountColumns() + handovers(filter) + " where (h.finished_at is null or " + HANDOVER_DONE + ")"
                + LIVE_HANDOVER + handoverFilters(filter)
                + " group by h.step_key, h.unit", params(filter, now),
                (rs, i) -> handoverRow(rs, rs.getString("step_key"), rs.getString("step_name")));
        return withTimes(HandoverRow.merged(live, rolled.handovers(filter, true)), holdingTimes(filter, now, true));
    }

    /** The control sheet per unit (candidate group), with holding times. */
    public List<HandoverRow> units(KpiFilter filter, Moment now) {
        List<HandoverRow> live = jdbc.query("select h.unit, " + handoverCountColumns()
                + handovers(filter) + " where (h.finished_at is null or " + HANDOVER_DONE + ")" + LIVE_HANDOVER
                + handoverFilters(filter)
                + " group by h.unit", params(filter, now), (rs, i) -> handoverRow(rs, null, null));
        return withTimes(HandoverRow.merged(live, rolled.handovers(filter, false)), holdingTimes(filter, now, false));
    }

    /** Hand-overs finished per officer and month, and how many of them late. */
    public List<OfficerMonth> officerMonths(KpiFilter filter, Moment now) {
        String year = VietnamDays.yearOf("h.finished_at");
        String month = VietnamDays.monthOf("h.finished_at");
        List<OfficerMonth> live = jdbc.query("select h.assignee, " + year + " as y, " + month + " as m, count(*) as handled, "
                + "sum(case when h.outcome = 'LATE' then 1 else 0 end) as late "
                + handovers(filter) + " where " + HANDOVER_DONE
                + " and h.assignee is not null" + LIVE_HANDOVER + handoverFilters(filter)
                + " group by h.assignee, " + year + ", " + month, params(filter, now),
                (rs, i) -> new OfficerMonth(rs.getString("assignee"), YearMonth.of(rs.getInt("y"), rs.getInt("m")),
                        rs.getLong("handled"), rs.getLong("late")));
        return OfficerMonth.merged(live, rolled.officerMonths(filter));
    }

    /**
     * The files behind a figure (at most {@code limit}), and how many there are in all.
     * {@code step}, {@code group} and {@code officer} narrow {@link Indicator#LATE_HANDOVERS}.
     */
    public FileList files(KpiFilter filter, Moment now, LocalDate nearDueUntil, Indicator indicator,
            String step, String group, String officer, int limit) {
        MapSqlParameterSource params = params(filter, now).addValue("nearDueUntil", nearDueUntil)
                .addValue("step", step).addValue("group", group).addValue("officer", officer);
        String where = condition(indicator, step, group, officer) + fileFilters(filter);
        Long total = jdbc.queryForObject("select count(*) from mc_dossier d where " + where, params, Long.class);
        List<FileRow> rows = jdbc.query("select d.code, d.applicant_name, d.procedure_name, d.status, d.channel, "
                + "d.received_at, d.due_date, d.finished_at, d.extended, d.supplement_count from mc_dossier d where "
                + where + " order by d.due_date, d.code fetch first " + limit + " rows only", params,
                (rs, i) -> new FileRow(rs.getString("code"), rs.getString("applicant_name"), rs.getString("procedure_name"),
                        rs.getString("status"), rs.getString("channel"), localDateTime(rs, "received_at"),
                        rs.getObject("due_date", LocalDate.class), localDateTime(rs, "finished_at"),
                        rs.getBoolean("extended"), rs.getInt("supplement_count")));
        return new FileList(total == null ? 0 : total, rows);
    }

    public record FileList(long total, List<FileRow> rows) {
    }

    private static String condition(Indicator indicator, String step, String group, String officer) {
        return switch (indicator) {
            case RECEIVED -> IN_PERIOD + " and d.received_at >= :start";
            case CARRIED_OVER -> IN_PERIOD + " and d.received_at < :start";
            case TO_PROCESS -> IN_PERIOD;
            case FINISHED_EARLY -> IN_PERIOD + " and " + EARLY;
            case FINISHED_ON_TIME -> IN_PERIOD + " and " + ON_TIME;
            case FINISHED_LATE -> IN_PERIOD + " and " + LATE;
            case NOT_DUE -> IN_PERIOD + " and " + NOT_DUE;
            case OVERDUE -> IN_PERIOD + " and " + OVERDUE;
            case PAUSED -> IN_PERIOD + " and " + PAUSED;
            case LATE_ALL, LATE_RATE, ON_TIME_RATE -> IN_PERIOD + " and " + LATE_ANY;
            case FINISHED_ON_TIME_RATE, PROGRESS_SCORE -> IN_PERIOD + " and ((" + EARLY + ") or (" + ON_TIME + "))";
            case APOLOGY_MISSING -> IN_PERIOD + " and " + LATE_ANY + " and d.extended = false";
            case SUPPLEMENTS_PER_FILE -> IN_PERIOD + " and d.supplement_count > 0";
            case SUPPLEMENTED_TWICE -> IN_PERIOD + " and d.supplement_count > 1";
            case NEAR_DUE -> OPEN_NOW + " and " + RUNNING + " and d.due_date >= :today and d.due_date <= :nearDueUntil";
            case OVERDUE_NOW -> OPEN_NOW + " and " + RUNNING + " and " + DUE + " < :today";
            case PAUSED_PAST_DUE -> OPEN_NOW + " and " + STOPPED + " and " + DUE + " < :today";
            case APOLOGY_TIMELY -> "exists (select 1 from mc_due_date_change c where c.dossier_id = d.id and " + APOLOGY_IN
                    + " and " + APOLOGY_TIMELY + ")";
            case APOLOGY_LATE -> "exists (select 1 from mc_due_date_change c where c.dossier_id = d.id and " + APOLOGY_IN
                    + " and not (" + APOLOGY_TIMELY + "))";
            case ONLINE_SHARE -> "d.received_at >= :start and d.received_at < :end and d.channel = 'ONLINE'";
            case POSTAL_SHARE -> "d.received_at >= :start and d.received_at < :end and d.channel = 'POST'";
            case SUBMITTED -> "d.received_at >= :start and d.received_at < :end";
            case LATE_HANDOVERS -> "exists (select 1 from mc_handover h where h.dossier_id = d.id and " + HANDOVER_LATE
                    + (step == null ? "" : " and h.step_key = :step") + (group == null ? "" : " and h.unit = :group")
                    + (officer == null ? "" : " and h.assignee = :officer") + ")";
        };
    }

    static String countColumns() {
        return "count(*) as to_process, "
                + "coalesce(sum(case when d.received_at >= :start then 1 else 0 end), 0) as received, "
                + sum(EARLY, "early") + ", " + sum(ON_TIME, "on_time") + ", " + sum(LATE, "late") + ", "
                + sum(NOT_DUE, "not_due") + ", " + sum(OVERDUE, "overdue") + ", " + sum(PAUSED, "paused") + ", "
                + sum(LATE_ANY + " and d.extended = false", "late_not_extended") + ", "
                + "coalesce(sum(d.supplement_count), 0) as supplements, "
                + sum("d.supplement_count > 1", "repeated");
    }

    static String handoverCountColumns() {
        return sum(HANDOVER_DONE + " and h.outcome = 'EARLY'", "early") + ", "
                + sum(HANDOVER_DONE + " and h.outcome = 'ON_TIME'", "on_time") + ", "
                + sum(HANDOVER_DONE + " and h.outcome = 'LATE'", "late") + ", "
                + sum("h.finished_at is null", "open") + ", "
                + sum("h.finished_at is null and h.due_at < :now", "open_late");
    }

    private static String sum(String condition, String alias) {
        return "coalesce(sum(case when " + condition + " then 1 else 0 end), 0) as " + alias;
    }

    /** A row of {@link #countColumns()} (or the same columns over the monthly rollup). */
    static Counts counts(ResultSet rs) throws SQLException {
        long toProcess = rs.getLong("to_process");
        long received = rs.getLong("received");
        return new Counts(received, toProcess - received, rs.getLong("early"), rs.getLong("on_time"),
                rs.getLong("late"), rs.getLong("not_due"), rs.getLong("overdue"), rs.getLong("paused"),
                rs.getLong("late_not_extended"), rs.getLong("supplements"), rs.getLong("repeated"));
    }

    private static HandoverRow handoverRow(ResultSet rs, String stepKey, String stepName) throws SQLException {
        return new HandoverRow(stepKey, stepName, rs.getString("unit"), rs.getLong("early"), rs.getLong("on_time"),
                rs.getLong("late"), rs.getLong("open"), rs.getLong("open_late"), null, null);
    }

    private static List<HandoverRow> withTimes(List<HandoverRow> rows, Map<String, HoldingTimes> times) {
        return rows.stream().map(r -> {
            HoldingTimes t = times.get(r.stepKey() == null ? r.unit() : r.stepKey() + "|" + r.unit());
            return t == null ? r : r.withTimes(t.percentile(0.5), t.percentile(0.9));
        }).toList();
    }

    /**
     * Holding times of hand-overs finished in the period, per step and unit ("step|unit") or per
     * unit, as histograms: the live ones bucketed in SQL, added to the rolled ones.
     */
    Map<String, HoldingTimes> holdingTimes(KpiFilter filter, Moment now, boolean withStep) {
        String groupBy = withStep ? "h.step_key, h.unit" : "h.unit";
        String bucket = HoldingTimes.bucketSql(dialect.hoursBetween("h.received_at", "h.finished_at"));
        Map<String, HoldingTimes> times = new LinkedHashMap<>(rolled.holdingTimes(filter, withStep));
        jdbc.query("select " + groupBy + ", " + bucket + " as bucket, count(*) as handovers "
                + handovers(filter) + " where " + HANDOVER_DONE + LIVE_HANDOVER
                + handoverFilters(filter) + " group by " + groupBy + ", " + bucket, params(filter, now), rs -> {
                    String unit = rs.getString("unit");
                    String key = withStep ? rs.getString("step_key") + "|" + unit : unit;
                    times.computeIfAbsent(key, k -> new HoldingTimes()).add(rs.getInt("bucket"), rs.getLong("handovers"));
                });
        return times;
    }

    static String liveFileFilters(KpiFilter filter) {
        return LIVE + fileFilters(filter);
    }

    /** The control sheet, joined to the register only when a procedure or a commune is asked for. */
    static String handovers(KpiFilter filter) {
        boolean join = filter.procedureKey() != null || filter.commune() != null;
        return " from mc_handover h" + (join ? " join mc_dossier d on d.id = h.dossier_id" : "");
    }

    static String fileFilters(KpiFilter filter) {
        StringBuilder sql = new StringBuilder();
        if (filter.procedureKey() != null) {
            sql.append(" and d.procedure_key = :procedure");
        }
        if (filter.commune() != null) {
            sql.append(" and d.commune_code = :commune");
        }
        if (filter.receivedBy() != null) {
            sql.append(" and d.receiving_agency = :receivedBy");
        }
        if (filter.fileUnit() != null) {
            // Files registered before units_passed existed: their hand-overs tell.
            // A scalar subquery, not exists: PostgreSQL would hash the whole control sheet for an exists.
            sql.append(" and (d.units_passed like :unitPattern or (d.units_passed is null and (select 1 ")
                    .append("from mc_handover u where u.dossier_id = d.id and ").append(unitMatch("u"))
                    .append(" fetch first 1 rows only) = 1))");
        }
        return sql.toString();
    }

    static String handoverFilters(KpiFilter filter) {
        StringBuilder sql = new StringBuilder();
        if (filter.procedureKey() != null) {
            sql.append(" and d.procedure_key = :procedure");
        }
        if (filter.commune() != null) {
            sql.append(" and d.commune_code = :commune");
        }
        if (filter.stepUnit() != null) {
            sql.append(" and ").append(stepMatch("h"));
        }
        return sql.toString();
    }

    /** The unit column lists candidate groups ("landoffice" or "a,b"); a unit owns its leaders' steps too. */
    static String unitMatch(String alias) {
        String groups = "(',' || " + alias + ".unit || ',')";
        return "(" + groups + " like :unitPattern or " + groups + " like :leaderPattern)";
    }

    /** As {@link #unitMatch} for the steps asked for: the unit's, or the agency's groups' (a centre's desk). */
    static String stepMatch(String alias) {
        String groups = "(',' || " + alias + ".unit || ',')";
        return "(" + groups + " like :stepPattern or " + groups + " like :stepLeaderPattern)";
    }

    static MapSqlParameterSource params(KpiFilter filter, Moment now) {
        LocalDate today = now.today();
        return unitParams(filter, new MapSqlParameterSource())
                // Periods are Vietnamese calendar months: they begin at midnight in Vietnam, whatever the server's zone.
                .addValue("start", Timestamp.from(filter.start().atStartOfDay(DeadlineCalculator.ZONE).toInstant()))
                .addValue("end", Timestamp.from(filter.end().atStartOfDay(DeadlineCalculator.ZONE).toInstant()))
                .addValue("asOf", filter.asOf(today))
                .addValue("today", today)
                .addValue("now", Timestamp.from(now.now()))
                .addValue("procedure", filter.procedureKey());
    }

    /**
     * A unit and its leaders' group are one unit: asking for "landofficeleaders" means "landoffice".
     * With the place asked for: the commune and the centre whose received files are meant.
     */
    static MapSqlParameterSource unitParams(KpiFilter filter, MapSqlParameterSource params) {
        String unit = filter.fileUnit() == null ? "" : String.join(",", Handovers.unitsOf(filter.fileUnit()));
        String steps = filter.stepUnit() == null ? "" : String.join(",", Handovers.unitsOf(filter.stepUnit()));
        return params.addValue("unitKey", unit)
                .addValue("unitPattern", "%," + unit + ",%")
                .addValue("leaderPattern", "%," + Unit.leadersOf(unit) + ",%")
                .addValue("stepPattern", "%," + steps + ",%")
                .addValue("stepLeaderPattern", "%," + Unit.leadersOf(steps) + ",%")
                .addValue("commune", filter.commune())
                .addValue("receivedBy", filter.receivedBy());
    }

    /** A stored moment as the clock on the wall in Vietnam showed it. */
    private static LocalDateTime localDateTime(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant().atZone(DeadlineCalculator.ZONE).toLocalDateTime();
    }

}
