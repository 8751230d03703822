package vn.motcua.benchmark;

import java.util.Arrays;

/** Durations in nanoseconds, appended from many threads; median and p95 by the nearest-rank method. */
final class Samples {

    private long[] values = new long[1024];
    private int size;

    synchronized void add(long nanos) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = nanos;
    }

    static Samples of(Iterable<Samples> parts) {
        Samples all = new Samples();
        for (Samples part : parts) {
            synchronized (part) {
                for (int i = 0; i < part.size; i++) {
                    all.add(part.values[i]);
                }
            }
        }
        return all;
    }

    synchronized int count() {
        return size;
    }

    double medianMillis() {
        return percentileMillis(0.50);
    }

    double p95Millis() {
        return percentileMillis(0.95);
    }

    synchronized double percentileMillis(double p) {
        if (size == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(values, size);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p * size);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }
}
