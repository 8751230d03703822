package vn.motcua.partner;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;

/**
 * How long the oldest row of the portal outbox has been waiting, at least. A row's own time
 * ({@code changed_at}) cannot tell: demo files and files received on paper are registered with a
 * past time. Ids grow with every row written, so this remembers when it first saw each highest
 * id: the oldest waiting row has existed at least since the first look that saw an id as high
 * as its own. A lower bound, measured on this node's wall clock from its first look.
 */
final class OutboxWait {

    /** Enough for a day of looks every 15 s; past it, middle looks are forgotten (the bound only gets lower). */
    static final int MAX_LOOKS = 6000;

    private record Look(Instant at, long highestId) {
    }

    private final Deque<Look> looks = new ArrayDeque<>();

    /**
     * @param highestId the highest id in the status table now
     * @param oldestWaitingId the lowest id not yet acknowledged by the portal, or null if none waits
     */
    synchronized Duration observe(Instant now, long highestId, Long oldestWaitingId) {
        if (looks.isEmpty() || looks.peekLast().highestId() < highestId) {
            looks.addLast(new Look(now, highestId));
            if (looks.size() > MAX_LOOKS) {
                forgetSecondLook();
            }
        }
        if (oldestWaitingId == null) {
            return Duration.ZERO;
        }
        // Waiting ids only grow (a row never waits again once acknowledged): looks taken before the
        // oldest waiting row existed can no longer matter.
        while (looks.size() > 1 && looks.peekFirst().highestId() < oldestWaitingId) {
            looks.removeFirst();
        }
        Look first = looks.peekFirst();
        return first.highestId() >= oldestWaitingId ? Duration.between(first.at(), now) : Duration.ZERO;
    }

    private void forgetSecondLook() {
        Iterator<Look> it = looks.iterator();
        it.next();
        it.next();
        it.remove();
    }
}
