package vn.motcua.supervision;

import java.time.LocalDate;
import java.util.List;

/**
 * The province view: every commune and every agency for one filter (period, procedure, commune),
 * the slowest to coordinate first, and the officers and agencies late two or more months running.
 *
 * @param total the province's figures for the same filter: the dashboard's total
 * @param procedures the procedures with files in the period, for the filter's choices
 */
public record ProvinceView(KpiFilter filter, LocalDate today, LocalDate asOf, Counts total, List<PlaceRow> communes,
        List<PlaceRow> agencies, List<LateStreak> lateStreaks, List<Rows.ProcedureRow> procedures) {

    /** The communes' lines added up: equal to {@link #total} (each file has one commune, or none: its own line). */
    public Counts communeSum() {
        return communes.stream().map(PlaceRow::files).reduce(Counts.ZERO, Counts::plus);
    }
}
