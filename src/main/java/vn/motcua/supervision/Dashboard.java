package vn.motcua.supervision;

import java.time.LocalDate;
import java.util.List;

import vn.motcua.supervision.Rows.ApologyCounts;
import vn.motcua.supervision.Rows.ChannelRow;
import vn.motcua.supervision.Rows.HandoverRow;
import vn.motcua.supervision.Rows.MonthRow;
import vn.motcua.supervision.Rows.NowCounts;
import vn.motcua.supervision.Rows.ProcedureRow;

/** Everything the dashboard page and the exports show for one filter. */
public record Dashboard(KpiFilter filter, LocalDate today, LocalDate asOf, NowCounts now, Counts total,
        ApologyCounts apologies, List<ChannelRow> channels, List<MonthRow> months, List<ProcedureRow> procedures,
        List<HandoverRow> units, List<HandoverRow> steps, List<OfficerMonth> officers,
        List<String> lateTwoMonthsRunning) {

    /** Partner agencies and communes (land registry, tax, commune) from the control sheet. */
    public List<HandoverRow> partners() {
        return units.stream().filter(u -> UnitNames.isPartner(u.unit())).toList();
    }

    /** Steps that caused delay, most late hand-overs first. */
    public List<HandoverRow> delayCauses() {
        return steps.stream().filter(s -> s.lateTotal() > 0)
                .sorted((a, b) -> Long.compare(b.lateTotal(), a.lateTotal())).toList();
    }

    /** The period's figures in the order the page, the Excel and the CSV files show them. */
    public List<Figure> figures() {
        return List.of(
                Figure.count(Indicator.RECEIVED, total.received()),
                Figure.count(Indicator.CARRIED_OVER, total.carriedOver()),
                Figure.count(Indicator.TO_PROCESS, total.toProcess()),
                Figure.count(Indicator.FINISHED_EARLY, total.early()),
                Figure.count(Indicator.FINISHED_ON_TIME, total.onTime()),
                Figure.count(Indicator.FINISHED_LATE, total.late()),
                Figure.count(Indicator.NOT_DUE, total.notDue()),
                Figure.count(Indicator.OVERDUE, total.overdue()),
                Figure.count(Indicator.PAUSED, total.paused()),
                Figure.percent(Indicator.LATE_RATE, total.lateRate()),
                Figure.percent(Indicator.ON_TIME_RATE, total.onTimeRate()),
                Figure.percent(Indicator.FINISHED_ON_TIME_RATE, total.finishedOnTimeRate()),
                Figure.ratio(Indicator.PROGRESS_SCORE, total.progressScore()),
                Figure.count(Indicator.APOLOGY_TIMELY, apologies.timely()),
                Figure.count(Indicator.APOLOGY_LATE, apologies.late()),
                Figure.count(Indicator.APOLOGY_MISSING, apologies.missing()),
                Figure.ratio(Indicator.SUPPLEMENTS_PER_FILE, total.supplementsPerFile()),
                Figure.count(Indicator.SUPPLEMENTED_TWICE, total.supplementedMoreThanOnce()),
                Figure.count(Indicator.SUBMITTED, submitted()),
                Figure.percent(Indicator.ONLINE_SHARE, share("ONLINE")),
                Figure.percent(Indicator.POSTAL_SHARE, share("POST")));
    }

    /** What needs action today, whatever the period. */
    public List<Figure> alerts() {
        return List.of(
                Figure.count(Indicator.NEAR_DUE, now.nearDue()),
                Figure.count(Indicator.OVERDUE_NOW, now.overdue()),
                Figure.count(Indicator.PAUSED_PAST_DUE, now.pausedPastDue()),
                Figure.count(Indicator.APOLOGY_MISSING, apologies.missing()),
                Figure.count(Indicator.APOLOGY_LATE, apologies.late()),
                Figure.count(Indicator.SUPPLEMENTED_TWICE, total.supplementedMoreThanOnce()));
    }

    public Double share(String channel) {
        for (ChannelRow row : channels) {
            if (row.channel().equals(channel)) {
                return row.share();
            }
        }
        return null;
    }

    public long submitted() {
        return channels.stream().mapToLong(ChannelRow::files).sum();
    }
}
