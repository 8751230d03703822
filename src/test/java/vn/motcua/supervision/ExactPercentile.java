package vn.motcua.supervision;

import java.util.List;

/**
 * The exact p-th percentile of sorted values with linear interpolation, as PostgreSQL's
 * {@code percentile_cont} computes it: the reference the dashboard's histograms are checked against.
 */
final class ExactPercentile {

    private ExactPercentile() {
    }

    static Double of(List<Double> sorted, double p) {
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
