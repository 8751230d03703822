package vn.motcua.supervision;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import vn.motcua.dossier.Handovers;
import vn.motcua.organisation.Agency;
import vn.motcua.organisation.GroupNames;

/**
 * The province view's figures grouped by commune and by agency, live files and rolled months added
 * up as {@link KpiQueries} does, with the same bucket rules (its SQL fragments), so that a commune's
 * or an agency's line equals the dashboard filtered by it. Files without a commune are grouped under
 * '' so the communes add up to the province.
 */
final class PlaceQueries {

    private final KpiQueries queries;
    private final NamedParameterJdbcTemplate jdbc;

    PlaceQueries(KpiQueries queries) {
        this.queries = queries;
        this.jdbc = queries.jdbc();
    }

    /** Period figures per parcel commune. */
    Map<String, Counts> countsByCommune(KpiFilter filter, Moment now) {
        Map<String, Counts> counts = new HashMap<>();
        jdbc.query("select d.commune_code as place, " + KpiQueries.countColumns() + " from mc_dossier d where "
                + KpiQueries.IN_PERIOD + KpiQueries.liveFileFilters(filter) + " group by d.commune_code",
                KpiQueries.params(filter, now), rs -> {
                    counts.merge(place(rs.getString("place")), KpiQueries.counts(rs), Counts::plus);
                });
        jdbc.query("select r.commune_code as place, " + RolledFigures.countColumns() + RolledFigures.FILES
                + RolledFigures.fileFilters(filter) + " group by r.commune_code", RolledFigures.params(filter), rs -> {
                    counts.merge(place(rs.getString("place")), KpiQueries.counts(rs), Counts::plus);
                });
        return counts;
    }

    /**
     * Period figures per agency: a centre's received files, any other agency's files that passed its
     * groups. {@code filter} has no unit or agency of its own.
     */
    Map<String, Counts> countsByAgency(KpiFilter filter, Moment now) {
        Map<String, Counts> counts = new HashMap<>();
        // Live files one by one (grouped by id, so each row is one file's buckets), then per agency in Java.
        Map<Long, Counts> files = new LinkedHashMap<>();
        Map<Long, Set<String>> agencies = new HashMap<>();
        List<Long> withoutUnits = new ArrayList<>();
        jdbc.query("select d.id, max(d.units_passed) as units_passed, max(d.receiving_agency) as receiving_agency, "
                + KpiQueries.countColumns() + " from mc_dossier d where " + KpiQueries.IN_PERIOD
                + KpiQueries.liveFileFilters(filter) + " group by d.id", KpiQueries.params(filter, now), rs -> {
                    long id = rs.getLong("id");
                    files.put(id, KpiQueries.counts(rs));
                    Set<String> keys = agencies.computeIfAbsent(id, k -> new LinkedHashSet<>());
                    Optional.ofNullable(rs.getString("receiving_agency")).ifPresent(keys::add);
                    String passed = rs.getString("units_passed");
                    if (passed == null) {
                        withoutUnits.add(id);
                    } else {
                        keys.addAll(agenciesOfUnits(passed));
                    }
                });
        unitsFromHandovers(withoutUnits).forEach((id, units) -> agencies.get(id).addAll(agenciesOfUnits(units)));
        files.forEach((id, c) -> agencies.get(id).forEach(agency -> counts.merge(agency, c, Counts::plus)));
        // Rolled months: a centre's from the receiving column of the every-file slice, the others' from their unit slices.
        jdbc.query("select r.receiving_agency as place, " + RolledFigures.countColumns() + RolledFigures.FILES
                + RolledFigures.fileFilters(filter) + " and r.receiving_agency <> '' group by r.receiving_agency",
                RolledFigures.params(filter), rs -> {
                    counts.merge(rs.getString("place"), KpiQueries.counts(rs), Counts::plus);
                });
        jdbc.query("select r.unit as place, " + RolledFigures.countColumns() + RolledFigures.FILES_ALL_SLICES
                + RolledFigures.fileFilters(filter) + " and r.unit <> '' group by r.unit", RolledFigures.params(filter),
                rs -> {
                    for (String agency : agenciesOfUnits(rs.getString("place"))) {
                        counts.merge(agency, KpiQueries.counts(rs), Counts::plus);
                    }
                });
        return counts;
    }

    /** Steps of each commune's files: counts and holding times. */
    Map<String, StepFigures> stepsByCommune(KpiFilter filter, Moment now) {
        Map<String, StepFigures> steps = new HashMap<>();
        MapSqlParameterSource params = KpiQueries.params(filter, now);
        String from = " from mc_handover h join mc_dossier d on d.id = h.dossier_id";
        jdbc.query("select d.commune_code as place, " + KpiQueries.handoverCountColumns() + from
                + " where (h.finished_at is null or " + KpiQueries.HANDOVER_DONE + ")" + KpiQueries.LIVE_HANDOVER
                + KpiQueries.handoverFilters(filter) + " group by d.commune_code", params, rs -> {
                    add(steps, place(rs.getString("place")), rs.getLong("early") + rs.getLong("on_time")
                            + rs.getLong("late"), rs.getLong("late"), rs.getLong("open"), rs.getLong("open_late"));
                });
        jdbc.query("select r.commune_code as place, sum(r.handovers) as handled, " + RolledFigures.outcome("LATE", "late")
                + " from mc_kpi_handover_month r where r.finished_month" + RolledFigures.IN_MONTHS
                + RolledFigures.handoverFilters(filter) + " group by r.commune_code", RolledFigures.params(filter),
                rs -> {
                    add(steps, place(rs.getString("place")), rs.getLong("handled"), rs.getLong("late"), 0, 0);
                });
        String bucket = HoldingTimes.bucketSql(queries.dialect().hoursBetween("h.received_at", "h.finished_at"));
        jdbc.query("select d.commune_code as place, " + bucket + " as bucket, count(*) as handovers" + from + " where "
                + KpiQueries.HANDOVER_DONE + KpiQueries.LIVE_HANDOVER + KpiQueries.handoverFilters(filter)
                + " group by d.commune_code, " + bucket, params, rs -> {
                    times(steps, place(rs.getString("place"))).add(rs.getInt("bucket"), rs.getLong("handovers"));
                });
        jdbc.query("select r.commune_code as place, r.bucket, sum(r.handovers) as handovers from mc_kpi_holding_month r "
                + "where r.finished_month" + RolledFigures.IN_MONTHS + RolledFigures.handoverFilters(filter)
                + " group by r.commune_code, r.bucket", RolledFigures.params(filter), rs -> {
                    times(steps, place(rs.getString("place"))).add(rs.getInt("bucket"), rs.getLong("handovers"));
                });
        return steps;
    }

    /** Steps each agency's groups held (a step offered to two agencies' groups counts for both). */
    Map<String, StepFigures> stepsByAgency(KpiFilter filter, Moment now) {
        Map<String, StepFigures> steps = new HashMap<>();
        for (Rows.HandoverRow row : queries.units(filter, now)) {
            for (String agency : agenciesOfGroups(row.unit())) {
                add(steps, agency, row.handled(), row.late(), row.open(), row.openLate());
            }
        }
        queries.holdingTimes(filter, now, false).forEach((unit, times) -> {
            for (String agency : agenciesOfGroups(unit)) {
                times(steps, agency).addAll(times);
            }
        });
        return steps;
    }

    /** Steps finished per agency and month, and how many late: the agencies' side of {@link LateStreaks}. */
    List<OfficerMonth> agencyMonths(KpiFilter filter, Moment now) {
        String year = VietnamDays.yearOf("h.finished_at");
        String month = VietnamDays.monthOf("h.finished_at");
        List<OfficerMonth> rows = new ArrayList<>();
        jdbc.query("select h.unit, " + year + " as y, " + month + " as m, count(*) as handled, "
                + "sum(case when h.outcome = 'LATE' then 1 else 0 end) as late" + KpiQueries.handovers(filter)
                + " where " + KpiQueries.HANDOVER_DONE + KpiQueries.LIVE_HANDOVER + KpiQueries.handoverFilters(filter)
                + " group by h.unit, " + year + ", " + month, KpiQueries.params(filter, now), rs -> {
                    for (String agency : agenciesOfGroups(rs.getString("unit"))) {
                        rows.add(new OfficerMonth(agency, YearMonth.of(rs.getInt("y"), rs.getInt("m")),
                                rs.getLong("handled"), rs.getLong("late")));
                    }
                });
        jdbc.query("select r.unit, r.finished_month, sum(r.handovers) as handled, " + RolledFigures.outcome("LATE", "late")
                + " from mc_kpi_handover_month r where r.finished_month" + RolledFigures.IN_MONTHS
                + RolledFigures.handoverFilters(filter) + " group by r.unit, r.finished_month",
                RolledFigures.params(filter), rs -> {
                    int m = rs.getInt("finished_month");
                    for (String agency : agenciesOfGroups(rs.getString("unit"))) {
                        rows.add(new OfficerMonth(agency, YearMonth.of(m / 100, m % 100), rs.getLong("handled"),
                                rs.getLong("late")));
                    }
                });
        return rows;
    }

    /** Files registered before units_passed existed (V6): the units their hand-overs name. */
    private Map<Long, String> unitsFromHandovers(List<Long> ids) {
        Map<Long, String> units = new HashMap<>();
        for (int i = 0; i < ids.size(); i += 1000) {
            jdbc.query("select dossier_id, unit from mc_handover where dossier_id in (:ids) and unit is not null",
                    new MapSqlParameterSource("ids", ids.subList(i, Math.min(ids.size(), i + 1000))), rs -> {
                        units.merge(rs.getLong("dossier_id"), rs.getString("unit"), (a, b) -> a + "," + b);
                    });
        }
        return units;
    }

    /** The agencies other than centres whose groups a units_passed value or a unit slice names. */
    private static Set<String> agenciesOfUnits(String units) {
        Set<String> agencies = new LinkedHashSet<>();
        for (String unit : Handovers.unitsOf(units)) {
            GroupNames.agency(unit).filter(a -> !KpiFilter.isCentre(a)).map(Agency::id).ifPresent(agencies::add);
        }
        return agencies;
    }

    /** The agencies whose staff or leaders' groups a step's candidate groups name, centres included. */
    static Set<String> agenciesOfGroups(String groups) {
        Set<String> agencies = new LinkedHashSet<>();
        for (String unit : Handovers.unitsOf(groups)) {
            GroupNames.agency(unit).map(Agency::id).ifPresent(agencies::add);
        }
        return agencies;
    }

    private static void add(Map<String, StepFigures> steps, String place, long handled, long late, long open,
            long openLate) {
        steps.merge(place, StepFigures.none().plus(handled, late, open, openLate),
                (a, b) -> a.plus(b.handled(), b.late(), b.open(), b.openLate()));
    }

    private static HoldingTimes times(Map<String, StepFigures> steps, String place) {
        return steps.computeIfAbsent(place, k -> StepFigures.none()).times();
    }

    /** '' for files without a commune (fixtures, files the routing never saw). */
    private static String place(String code) {
        return code == null ? "" : code;
    }
}
