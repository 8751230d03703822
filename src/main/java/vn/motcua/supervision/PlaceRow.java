package vn.motcua.supervision;

import java.util.Comparator;

/**
 * One line of the province view: a commune (its parcels' files) or an agency (the files routed to it
 * that reached it, and its groups' steps), with the file figures of {@link Counts} and the steps'.
 *
 * @param key commune code or agency id, as the dashboard's filter takes it; '' for files without a commune
 * @param kind the agency's kind in words, or blank for a commune
 */
public record PlaceRow(String key, String name, String kind, Counts files, StepFigures steps) {

    /** Files settled in the period (early, on time or late). */
    public long settled() {
        return files.finished();
    }

    /**
     * Communes: the slowest to coordinate first, by the Gia Lai late rate of their files, then files
     * overdue, then the mean holding time of a step; places without files last.
     */
    static final Comparator<PlaceRow> SLOWEST_COMMUNE_FIRST = Comparator
            .comparing((PlaceRow r) -> r.files.lateRate(), Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(r -> r.files.overdue(), Comparator.reverseOrder())
            .thenComparing(r -> r.steps.meanHours(), Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(PlaceRow::name);

    /**
     * Agencies: the slowest first by what they hold up themselves, the share of their steps finished
     * late or held past due, then the late rate of their files, then the mean holding time.
     */
    static final Comparator<PlaceRow> SLOWEST_AGENCY_FIRST = Comparator
            .comparing((PlaceRow r) -> r.steps.lateShare(), Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(r -> r.files.lateRate(), Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(r -> r.steps.meanHours(), Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(PlaceRow::name);
}
