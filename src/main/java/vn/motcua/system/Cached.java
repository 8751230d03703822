package vn.motcua.system;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * A value read at most once per {@code maxAge}: metrics are scraped every few seconds, by every
 * scraper, and the queries behind them need not run that often. Wall-clock time, not the
 * engine's, which tests move.
 */
public final class Cached<T> implements Supplier<T> {

    private final Supplier<T> source;
    private final Duration maxAge;
    private final Clock clock;
    private T value;
    private Instant readAt;

    public Cached(Supplier<T> source, Duration maxAge, Clock clock) {
        this.source = source;
        this.maxAge = maxAge;
        this.clock = clock;
    }

    public Cached(Supplier<T> source, Duration maxAge) {
        this(source, maxAge, Clock.systemUTC());
    }

    @Override
    public synchronized T get() {
        Instant now = clock.instant();
        if (readAt == null || !now.isBefore(readAt.plus(maxAge))) {
            value = source.get();
            readAt = now;
        }
        return value;
    }
}
