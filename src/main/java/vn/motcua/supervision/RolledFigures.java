package vn.motcua.supervision;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import vn.motcua.supervision.Rows.HandoverRow;
import vn.motcua.supervision.Rows.ProcedureRow;

/**
 * The figures of rolled files, read from the monthly tables {@link KpiRollup} fills. Periods are
 * whole months, so a month column decides what a timestamp decides in {@link KpiQueries}: a file
 * settled before today, finished after the period, was open at the period's end, which is then
 * the day its state is read at ({@link KpiFilter#asOf}), so it was overdue if its appointment
 * month is the period's last month or earlier.
 */
final class RolledFigures {

    /** Counted files of the period, every unit slice. */
    static final String FILES_ALL_SLICES = " from mc_kpi_file_month r where r.counted and r.received_month <= :toMonth"
            + " and r.finished_month >= :fromMonth";
    static final String FILES = FILES_ALL_SLICES + " and r.unit = :unitKey";
    private static final String FINISHED_IN = "r.finished_month <= :toMonth";
    private static final String OPEN_AT_END = "r.finished_month > :toMonth";
    private static final String OVERDUE = OPEN_AT_END + " and not r.stopped and r.due_month <> 0 and r.due_month <= :toMonth";
    static final String IN_MONTHS = " between :fromMonth and :toMonth";

    private final NamedParameterJdbcTemplate jdbc;

    RolledFigures(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Counts counts(KpiFilter filter) {
        return jdbc.queryForObject("select " + countColumns() + FILES + fileFilters(filter), params(filter),
                (rs, i) -> KpiQueries.counts(rs));
    }

    Map<String, ProcedureRow> countsByProcedure(KpiFilter filter) {
        Map<String, ProcedureRow> rows = new LinkedHashMap<>();
        jdbc.query("select r.procedure_key, max(r.procedure_name) as procedure_name, " + countColumns() + FILES
                + fileFilters(filter) + " group by r.procedure_key", params(filter), rs -> {
                    rows.put(rs.getString("procedure_key"), new ProcedureRow(rs.getString("procedure_key"),
                            rs.getString("procedure_name"), KpiQueries.counts(rs)));
                });
        return rows;
    }

    /** Apologies recorded in the period: {timely, all}. */
    long[] apologies(KpiFilter filter) {
        return jdbc.queryForObject("select coalesce(sum(case when r.timely then r.apologies else 0 end), 0) as timely, "
                + "coalesce(sum(r.apologies), 0) as total from mc_kpi_apology_month r where r.changed_month" + IN_MONTHS
                + " and r.unit = :unitKey" + fileFilters(filter), params(filter),
                (rs, i) -> new long[] {rs.getLong("timely"), rs.getLong("total")});
    }

    Map<String, Long> channels(KpiFilter filter) {
        Map<String, Long> byChannel = new LinkedHashMap<>();
        jdbc.query("select r.channel, sum(r.files) as files from mc_kpi_file_month r where r.received_month" + IN_MONTHS
                + " and r.unit = :unitKey" + fileFilters(filter) + " group by r.channel", params(filter),
                rs -> { byChannel.put(rs.getString("channel"), rs.getLong("files")); });
        return byChannel;
    }

    /** Hand-overs finished in the period per step and unit, or per unit ({@code withStep} false); none held. */
    List<HandoverRow> handovers(KpiFilter filter, boolean withStep) {
        String groupBy = withStep ? "r.step_key, r.unit" : "r.unit";
        return jdbc.query("select " + groupBy + (withStep ? ", max(r.step_name) as step_name" : "") + ", "
                + outcome("EARLY", "early") + ", " + outcome("ON_TIME", "on_time") + ", " + outcome("LATE", "late")
                + " from mc_kpi_handover_month r where r.finished_month" + IN_MONTHS + handoverFilters(filter)
                + " group by " + groupBy, params(filter),
                (rs, i) -> new HandoverRow(withStep ? rs.getString("step_key") : null,
                        withStep ? rs.getString("step_name") : null, unit(rs), rs.getLong("early"), rs.getLong("on_time"),
                        rs.getLong("late"), 0, 0, null, null));
    }

    /** Holding-time histograms per step and unit ("step|unit") or per unit. */
    Map<String, HoldingTimes> holdingTimes(KpiFilter filter, boolean withStep) {
        String groupBy = withStep ? "r.step_key, r.unit" : "r.unit";
        Map<String, HoldingTimes> times = new LinkedHashMap<>();
        jdbc.query("select " + groupBy + ", r.bucket, sum(r.handovers) as handovers from mc_kpi_holding_month r "
                + "where r.finished_month" + IN_MONTHS + handoverFilters(filter) + " group by " + groupBy + ", r.bucket",
                params(filter), rs -> {
                    String key = withStep ? rs.getString("step_key") + "|" + unit(rs) : unit(rs);
                    times.computeIfAbsent(key, k -> new HoldingTimes()).add(rs.getInt("bucket"), rs.getLong("handovers"));
                });
        return times;
    }

    List<OfficerMonth> officerMonths(KpiFilter filter) {
        return jdbc.query("select r.assignee, r.finished_month, sum(r.handovers) as handled, " + outcome("LATE", "late")
                + " from mc_kpi_handover_month r where r.finished_month" + IN_MONTHS + " and r.assignee <> ''"
                + handoverFilters(filter) + " group by r.assignee, r.finished_month", params(filter),
                (rs, i) -> new OfficerMonth(rs.getString("assignee"), YearMonth.of(rs.getInt("finished_month") / 100,
                        rs.getInt("finished_month") % 100), rs.getLong("handled"), rs.getLong("late")));
    }

    static String countColumns() {
        return "coalesce(sum(r.files), 0) as to_process, "
                + sum("r.received_month >= :fromMonth", "received") + ", "
                + sum(FINISHED_IN + " and r.timeliness = 'EARLY'", "early") + ", "
                + sum(FINISHED_IN + " and r.timeliness = 'ON_TIME'", "on_time") + ", "
                + sum(FINISHED_IN + " and r.timeliness = 'LATE'", "late") + ", "
                + sum(OPEN_AT_END + " and not r.stopped and not (" + OVERDUE + ")", "not_due") + ", "
                + sum(OVERDUE, "overdue") + ", "
                + sum(OPEN_AT_END + " and r.stopped", "paused") + ", "
                + sum("not r.extended and ((" + FINISHED_IN + " and r.timeliness = 'LATE') or (" + OVERDUE + "))",
                        "late_not_extended") + ", "
                + "coalesce(sum(r.supplements), 0) as supplements, coalesce(sum(r.repeated), 0) as repeated";
    }

    private static String sum(String condition, String alias) {
        return "coalesce(sum(case when " + condition + " then r.files else 0 end), 0) as " + alias;
    }

    static String outcome(String outcome, String alias) {
        return "coalesce(sum(case when r.outcome = '" + outcome + "' then r.handovers else 0 end), 0) as " + alias;
    }

    /** Hand-overs without a unit are rolled as '' (a key column), and read back as none. */
    static String unit(ResultSet rs) throws SQLException {
        String unit = rs.getString("unit");
        return unit == null || unit.isEmpty() ? null : unit;
    }

    /** Procedure and commune: key columns of every monthly table. */
    private static String procedureAndCommune(KpiFilter filter) {
        return (filter.procedureKey() == null ? "" : " and r.procedure_key = :procedure")
                + (filter.commune() == null ? "" : " and r.commune_code = :commune");
    }

    /** The file tables' filters besides the unit slice: procedure, commune, receiving centre. */
    static String fileFilters(KpiFilter filter) {
        return procedureAndCommune(filter) + (filter.receivedBy() == null ? "" : " and r.receiving_agency = :receivedBy");
    }

    static String handoverFilters(KpiFilter filter) {
        return procedureAndCommune(filter) + (filter.stepUnit() == null ? "" : " and " + KpiQueries.stepMatch("r"));
    }

    static MapSqlParameterSource params(KpiFilter filter) {
        return KpiQueries.unitParams(filter, new MapSqlParameterSource())
                .addValue("fromMonth", KpiRollup.month(filter.from()))
                .addValue("toMonth", KpiRollup.month(filter.to()))
                .addValue("procedure", filter.procedureKey());
    }
}
