package vn.motcua.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts failed logins per account and per client address, in this node's memory: a wait that
 * doubles with each failure past the free ones, up to a ceiling, and is forgotten after a quiet
 * period. A good login clears its account and its address.
 */
final class FailedLogins {

    /** Beyond this many remembered keys, expired ones are dropped: guessing many names costs no memory. */
    private static final int MAX_KEYS = 100_000;

    private record Count(int failures, Instant last) {
    }

    private final LoginThrottleProperties rules;
    private final Clock clock;
    private final Map<String, Count> accounts = new ConcurrentHashMap<>();
    private final Map<String, Count> clients = new ConcurrentHashMap<>();

    FailedLogins(LoginThrottleProperties rules, Clock clock) {
        this.rules = rules;
        this.clock = clock;
    }

    /** @return how long this login must still wait, if it must */
    Optional<Duration> waitFor(String client, String account) {
        Instant now = clock.instant();
        Duration accountWait = remaining(accounts.get(key(account)), rules.accountFreeFailures(), rules.accountMaxDelay(), now);
        Duration clientWait = remaining(clients.get(client), rules.clientFreeFailures(), rules.clientMaxDelay(), now);
        Duration wait = accountWait.compareTo(clientWait) >= 0 ? accountWait : clientWait;
        return wait.isZero() || wait.isNegative() ? Optional.empty() : Optional.of(wait);
    }

    void failed(String client, String account) {
        Instant now = clock.instant();
        accounts.merge(key(account), new Count(1, now), (old, one) -> next(old, now));
        clients.merge(client, new Count(1, now), (old, one) -> next(old, now));
        if (accounts.size() + clients.size() > MAX_KEYS) {
            dropExpired(now);
        }
    }

    void succeeded(String client, String account) {
        accounts.remove(key(account));
        clients.remove(client);
    }

    int failuresOf(String account) {
        Count count = accounts.get(key(account));
        return count == null ? 0 : count.failures();
    }

    void forgetAll() {
        accounts.clear();
        clients.clear();
    }

    private Count next(Count old, Instant now) {
        return expired(old, now) ? new Count(1, now) : new Count(old.failures() + 1, now);
    }

    private Duration remaining(Count count, int free, Duration max, Instant now) {
        if (count == null || count.failures() < free || expired(count, now)) {
            return Duration.ZERO;
        }
        int doublings = Math.min(count.failures() - free, 30);
        Duration delay = rules.baseDelay().multipliedBy(1L << doublings);
        if (delay.compareTo(max) > 0) {
            delay = max;
        }
        return Duration.between(now, count.last().plus(delay));
    }

    private boolean expired(Count count, Instant now) {
        return count.last().plus(rules.forgetAfter()).isBefore(now);
    }

    private void dropExpired(Instant now) {
        accounts.values().removeIf(c -> expired(c, now));
        clients.values().removeIf(c -> expired(c, now));
        if (accounts.size() + clients.size() > MAX_KEYS) {
            // A flood of names within the quiet period: keep the addresses, which carry the guesser's wait.
            accounts.clear();
        }
    }

    private static String key(String account) {
        return account.trim().toLowerCase(java.util.Locale.ROOT);
    }
}
