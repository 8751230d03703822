package vn.motcua.system;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Remembers which one-time seeds ran, so demo data is written at the first start only,
 * even when an officer later deletes a demo record on purpose. Nodes of a cluster may start at
 * the same moment, so a seed claims its marker before it writes anything (see {@link #runOnce}).
 */
@Component
public class SeedMarkers {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    public SeedMarkers(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
    }

    public boolean isDone(String seed) {
        Integer count = jdbc.queryForObject("select count(*) from mc_seed_marker where seed = ?", Integer.class, seed);
        return count != null && count > 0;
    }

    /**
     * Runs {@code seed} once per database. The marker is inserted first, in the seed's own
     * transaction: a second node inserting the same marker waits on the primary key until the
     * first node commits (then skips) or rolls back (then seeds itself). Checking and marking
     * afterwards would let two nodes starting together both seed.
     *
     * @return false if the seed had already run, here or on another node
     */
    public boolean runOnce(String seed, Runnable work) {
        if (isDone(seed)) {
            return false;
        }
        Boolean ran = transaction.execute(status -> {
            try {
                jdbc.update("insert into mc_seed_marker (seed, applied_at) values (?, current_timestamp)", seed);
            } catch (DuplicateKeyException another) {
                status.setRollbackOnly();
                return false;
            }
            work.run();
            return true;
        });
        return Boolean.TRUE.equals(ran);
    }

    /**
     * Runs {@code work} while holding a row lock on the marker {@code name}, so nodes starting
     * together take turns at idempotent "create if missing" setups that no unique key protects.
     */
    public void serialized(String name, Runnable work) {
        if (!isDone(name)) {
            try {
                transaction.executeWithoutResult(status -> jdbc.update(
                        "insert into mc_seed_marker (seed, applied_at) values (?, current_timestamp)", name));
            } catch (DuplicateKeyException another) {
                // another node created the lock row first
            }
        }
        transaction.executeWithoutResult(status -> {
            jdbc.queryForList("select seed from mc_seed_marker where seed = ? for update", name);
            work.run();
        });
    }
}
