package vn.motcua.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The histogram's percentiles against the exact ones (PostgreSQL's percentile_cont, {@link ExactPercentile}). */
class HoldingTimesTest {

    @Test
    void percentilesAreWithinOnePercentOfTheExactValue() {
        Random random = new Random(42);
        for (int sample = 0; sample < 200; sample++) {
            List<Double> hours = new ArrayList<>();
            HoldingTimes histogram = new HoldingTimes();
            int size = 1 + random.nextInt(400);
            for (int i = 0; i < size; i++) {
                double h = Math.exp(random.nextGaussian() * 2 + 3); // minutes to months
                hours.add(h);
                histogram.add(HoldingTimes.bucket(h), 1);
            }
            hours.sort(null);
            for (double p : new double[] {0.5, 0.9}) {
                double exact = ExactPercentile.of(hours, p);
                assertThat(histogram.percentile(p)).as("p%.0f of %s", p * 100, hours)
                        .isCloseTo(exact, within(0.01 * exact + 0.002));
            }
        }
    }

    @Test
    void countsAddedTwiceToABucketAreCountedTwice() {
        HoldingTimes rolledAndLive = new HoldingTimes();
        rolledAndLive.add(HoldingTimes.bucket(12), 1);   // rolled
        rolledAndLive.add(HoldingTimes.bucket(24), 2);   // rolled
        rolledAndLive.add(HoldingTimes.bucket(24), 1);   // live
        rolledAndLive.add(HoldingTimes.bucket(700), 1);  // live
        assertThat(rolledAndLive.count()).isEqualTo(5);
        assertThat(rolledAndLive.percentile(0.5)).isCloseTo(24.0, within(0.24));
        assertThat(rolledAndLive.percentile(0.9)).isCloseTo(24 + 0.6 * 676, within(7.0));
    }

    @Test
    void anEmptyGroupHasNoPercentileAndZeroHoursStayNearZero() {
        assertThat(new HoldingTimes().percentile(0.5)).isNull();
        HoldingTimes zero = new HoldingTimes();
        zero.add(HoldingTimes.bucket(0), 3);
        zero.add(HoldingTimes.bucket(-2), 1); // a clock skew never breaks the histogram
        assertThat(zero.percentile(0.9)).isCloseTo(0, within(0.002));
    }
}
