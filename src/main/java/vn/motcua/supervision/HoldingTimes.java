package vn.motcua.supervision;

import java.util.Map;
import java.util.TreeMap;

/**
 * Holding times of one group of hand-overs as a log-scale histogram, so that monthly rollups can
 * be added up: bucket {@code b} holds the hours {@code h} with
 * {@code floor(ln(1 + h / 0.1) / ln(1.02)) = b}. Each bucket is 2% of {@code h + 0.1} wide, so a
 * percentile read at a bucket's middle is within 1% (plus 0.001 h) of the exact value.
 */
final class HoldingTimes {

    private static final double UNIT_HOURS = 0.1;
    private static final double GROWTH = 1.02;

    private final TreeMap<Integer, Long> buckets = new TreeMap<>();
    private long count;

    static int bucket(double hours) {
        return (int) Math.floor(Math.log1p(Math.max(0, hours) / UNIT_HOURS) / Math.log(GROWTH));
    }

    /** The same bucket as a SQL expression over an expression in hours (ln and floor: H2 and PostgreSQL). */
    static String bucketSql(String hours) {
        return "floor(ln(1 + greatest(0, " + hours + ") / " + UNIT_HOURS + ") / ln(" + GROWTH + "))";
    }

    void add(int bucket, long handovers) {
        buckets.merge(bucket, handovers, Long::sum);
        count += handovers;
    }

    long count() {
        return count;
    }

    /** Another group's hand-overs added (an agency's staff and leaders' steps, a commune's units). */
    void addAll(HoldingTimes other) {
        other.buckets.forEach(this::add);
    }

    /** The mean, each hand-over read at its bucket's middle (within 1% as the percentiles); null when empty. */
    Double mean() {
        if (count == 0) {
            return null;
        }
        double sum = 0;
        for (Map.Entry<Integer, Long> bucket : buckets.entrySet()) {
            sum += middle(bucket.getKey()) * bucket.getValue();
        }
        return sum / count;
    }

    /** As PostgreSQL's percentile_cont: interpolated between the two nearest ranks; null when empty. */
    Double percentile(double p) {
        if (count == 0) {
            return null;
        }
        double rank = p * (count - 1);
        long below = (long) Math.floor(rank);
        double lower = valueAt(below);
        double upper = valueAt((long) Math.ceil(rank));
        return lower + (upper - lower) * (rank - below);
    }

    /** The middle of the bucket that holds the value of the given rank (0 = smallest). */
    private double valueAt(long rank) {
        long seen = 0;
        for (Map.Entry<Integer, Long> bucket : buckets.entrySet()) {
            seen += bucket.getValue();
            if (rank < seen) {
                return middle(bucket.getKey());
            }
        }
        return middle(buckets.lastKey());
    }

    private static double middle(int bucket) {
        double lower = UNIT_HOURS * (Math.pow(GROWTH, bucket) - 1);
        double upper = UNIT_HOURS * (Math.pow(GROWTH, bucket + 1) - 1);
        return (lower + upper) / 2;
    }
}
