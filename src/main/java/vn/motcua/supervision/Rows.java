package vn.motcua.supervision;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import vn.motcua.system.Messages;

/** The rows of the dashboard's tables. */
final class Rows {

    private Rows() {
    }

    record MonthRow(YearMonth month, Counts counts) {
        public String label() {
            return "%02d/%d".formatted(month.getMonthValue(), month.getYear());
        }
    }

    record ProcedureRow(String key, String name, Counts counts) {
    }

    /**
     * Hand-overs of one step at one unit (or one unit, stepKey null): finished in the period by
     * outcome, held now, and holding time in hours (median, 90th percentile) of those finished.
     */
    record HandoverRow(String stepKey, String stepName, String unit, long early, long onTime, long late, long open,
            long openLate, Double medianHours, Double p90Hours) {

        public long handled() {
            return early + onTime + late;
        }

        public Double lateRate() {
            return Rates.percent(late, handled());
        }

        public long lateTotal() {
            return late + openLate;
        }

        public String unitName() {
            return UnitNames.of(unit);
        }

        HandoverRow withTimes(Double median, Double p90) {
            return new HandoverRow(stepKey, stepName, unit, early, onTime, late, open, openLate, median, p90);
        }

        /** Live and rolled rows of the same step and unit added up, ordered by step and unit. */
        static List<HandoverRow> merged(List<HandoverRow> live, List<HandoverRow> rolled) {
            Map<List<String>, HandoverRow> rows = new HashMap<>();
            Stream.concat(live.stream(), rolled.stream())
                    .forEach(row -> rows.merge(Arrays.asList(row.stepKey, row.unit), row, HandoverRow::plus));
            return rows.values().stream().sorted(Comparator.comparing(HandoverRow::stepKey, NULLS_LAST)
                    .thenComparing(HandoverRow::unit, NULLS_LAST)).toList();
        }

        private HandoverRow plus(HandoverRow o) {
            return new HandoverRow(stepKey, stepName != null ? stepName : o.stepName, unit, early + o.early,
                    onTime + o.onTime, late + o.late, open + o.open, openLate + o.openLate, null, null);
        }

        private static final Comparator<String> NULLS_LAST = Comparator.nullsLast(Comparator.naturalOrder());
    }

    record ChannelRow(String channel, long files, Double share) {
        public String label() {
            return switch (channel) {
                case "ONLINE" -> Messages.text("supervision.channel.ONLINE");
                case "POST" -> Messages.text("supervision.channel.POST");
                case "IN_PERSON" -> Messages.text("supervision.channel.IN_PERSON");
                default -> channel;
            };
        }
    }

    record ApologyCounts(long timely, long late, long missing) {
    }

    record NowCounts(long nearDue, long overdue, long pausedPastDue) {
    }

    record FileRow(String code, String applicant, String procedure, String status, String channel,
            LocalDateTime receivedAt, LocalDate dueDate, LocalDateTime finishedAt, boolean extended,
            int supplementCount) {

        public String statusLabel() {
            try {
                return vn.motcua.dossier.DossierStatus.valueOf(status).label();
            } catch (IllegalArgumentException e) {
                return status;
            }
        }
    }
}
