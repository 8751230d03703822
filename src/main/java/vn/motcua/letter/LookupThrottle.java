package vn.motcua.letter;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Slows down guessing of lookup secrets. A client (its address; an IPv6 client by its /64, which
 * one subscriber usually holds) that keeps missing waits longer after each miss, and while it waits
 * every lookup of its own is answered "try later" without being checked, so a wait reveals nothing.
 * Misses are forgotten by themselves after a while. A file code is never held (that would lock
 * its owner out), but many misses on one code, from anywhere, raise an alert in the log, as do
 * many misses by one client.
 */
@Component
public class LookupThrottle {

    private static final Logger log = LoggerFactory.getLogger(LookupThrottle.class);

    /** Recent misses of one client or on one file code; {@code heldUntil} only for clients. */
    private record Misses(int count, Instant last, Instant heldUntil) {
    }

    /** The client must wait; the lookup was not checked. */
    public static final class Held extends RuntimeException {

        private final Duration wait;

        Held(Duration wait) {
            super("Lookup held for " + wait, null, false, false);
            this.wait = wait;
        }

        /** Whole seconds, rounded up: what Retry-After says. */
        public long seconds() {
            return Math.max(1, (wait.toMillis() + 999) / 1000);
        }
    }

    private final LookupThrottleProperties limits;
    private final Clock clock;
    private final Map<String, Misses> clients = new ConcurrentHashMap<>();
    private final Map<String, Misses> codes = new ConcurrentHashMap<>();

    @Autowired
    LookupThrottle(LookupThrottleProperties limits) {
        this(limits, Clock.systemUTC());
    }

    LookupThrottle(LookupThrottleProperties limits, Clock clock) {
        this.limits = limits;
        this.clock = clock;
    }

    /** @throws Held while the client waits after its last miss */
    void checkAllowed(String client) {
        Misses misses = clients.get(client);
        Instant now = clock.instant();
        if (misses != null && misses.heldUntil() != null && now.isBefore(misses.heldUntil())) {
            throw new Held(Duration.between(now, misses.heldUntil()));
        }
    }

    void recordMiss(String client, String code) {
        Instant now = clock.instant();
        Misses byClient = count(clients, client, now, true);
        if (byClient != null && alerts(byClient.count())) {
            log.warn("ALERT public letter lookup: client {} made {} wrong lookups in a row; held until {}", client,
                    byClient.count(), byClient.heldUntil());
        }
        Misses byCode = count(codes, forLog(code), now, false);
        if (byCode != null && alerts(byCode.count())) {
            log.warn("ALERT public letter lookup: file code {} got {} wrong lookups, the last from client {}",
                    forLog(code), byCode.count(), client);
        }
    }

    /** Forgets every miss: for tests, and for an operator who has dealt with an alert. */
    public void reset() {
        clients.clear();
        codes.clear();
    }

    /** The key a caller's misses are counted under. */
    public static String clientOf(String remoteAddress) {
        if (remoteAddress == null || !remoteAddress.contains(":")) {
            return String.valueOf(remoteAddress);
        }
        try {
            byte[] address = InetAddress.getByName(remoteAddress).getAddress();
            return address.length == 16 ? HexFormat.of().formatHex(address, 0, 8) + "::/64" : remoteAddress;
        } catch (UnknownHostException e) {
            return remoteAddress;
        }
    }

    private Misses count(Map<String, Misses> map, String key, Instant now, boolean hold) {
        if (!map.containsKey(key) && map.size() >= limits.maxTracked()) {
            map.values().removeIf(m -> forgotten(m, now));
            if (map.size() >= limits.maxTracked()) {
                log.warn("ALERT public letter lookup: {} clients or codes are missing at once; {} is not counted", map.size(),
                        key);
                return null;
            }
        }
        return map.compute(key, (k, old) -> {
            int count = old == null || forgotten(old, now) ? 1 : old.count() + 1;
            return new Misses(count, now, hold && count >= limits.freeMisses() ? now.plus(delay(count)) : null);
        });
    }

    /** The first wait at the last free miss, doubling with each further miss, up to the longest. */
    private Duration delay(int count) {
        int doublings = Math.min(count - limits.freeMisses(), 30);
        Duration delay = limits.firstDelay().multipliedBy(1L << doublings);
        return delay.compareTo(limits.maxDelay()) > 0 ? limits.maxDelay() : delay;
    }

    private boolean forgotten(Misses misses, Instant now) {
        return misses.last().plus(limits.forgetAfter()).isBefore(now)
                && (misses.heldUntil() == null || !now.isBefore(misses.heldUntil()));
    }

    private boolean alerts(int count) {
        return count % limits.alertAfter() == 0;
    }

    /** A code from the address bar, fit for a log line: no line breaks, no terminal escapes. */
    private static String forLog(String code) {
        String safe = code == null ? "" : code.replaceAll("[^A-Za-z0-9._-]", "?");
        return safe.length() > 60 ? safe.substring(0, 60) + "…" : safe;
    }
}
