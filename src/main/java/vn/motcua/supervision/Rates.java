package vn.motcua.supervision;

import java.util.List;

/** Small arithmetic shared by the KPIs, kept here so SQL and Java agree on one definition. */
final class Rates {

    private Rates() {
    }

    /** part ÷ whole in percent, or null when there is nothing to divide (shown as "—", not 0%). */
    static Double percent(long part, long whole) {
        return whole == 0 ? null : 100.0 * part / whole;
    }

    /**
     * The p-th percentile of sorted values with linear interpolation, exactly as PostgreSQL's
     * {@code percentile_cont} computes it, so the H2 fallback and PostgreSQL print the same numbers.
     */
    static Double percentile(List<Double> sorted, double p) {
        if (sorted.isEmpty()) {
            return null;
        }
        double position = p * (sorted.size() - 1);
        int lower = (int) Math.floor(position);
        int upper = (int) Math.ceil(position);
        double fraction = position - lower;
        return sorted.get(lower) + (sorted.get(upper) - sorted.get(lower)) * fraction;
    }
}
