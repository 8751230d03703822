package vn.motcua.cluster;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

import org.springframework.jdbc.core.JdbcTemplate;

/** Learns which lock owner is which node, from jobs seen locked that later appear in the job log. */
final class LockWatch {
    private final JdbcTemplate db;
    private final Timestamp since;
    private final Map<String, String> ownerOfJob = new HashMap<>();

    LockWatch(JdbcTemplate db, Timestamp since) {
        this.db = db;
        this.since = since;
    }

    /** The lock owner of {@code host}, returned at a moment it holds live job locks. */
    String awaitBusyOwner(String host, Duration timeout) throws InterruptedException {
        Instant giveUp = Instant.now().plus(timeout);
        String owner = null;
        while (Instant.now().isBefore(giveUp)) {
            db.query("select id_, lock_owner_ from act_ru_job where lock_owner_ is not null",
                    rs -> {
                        ownerOfJob.put(rs.getString(1), rs.getString(2));
                    });
            if (owner == null) {
                owner = db.query("select job_id_ from act_hi_job_log where job_state_ = 2 and hostname_ = ? and timestamp_ >= ?",
                        (rs, i) -> ownerOfJob.get(rs.getString(1)), host, since).stream()
                        .filter(Objects::nonNull).findFirst().orElse(null);
            }
            if (owner != null) {
                Integer held = db.queryForObject(
                        "select count(*) from act_ru_job where lock_owner_ = ? and lock_exp_time_ > ?", Integer.class,
                        owner, Timestamp.from(Instant.now()));
                if (held != null && held > 0) {
                    return owner;
                }
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException(host + " never held a job lock (its lock owner: " + owner + ")");
    }
}
