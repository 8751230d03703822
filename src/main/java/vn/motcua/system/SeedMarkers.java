package vn.motcua.system;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Remembers which one-time seeds ran, so demo data is written at the first start only,
 * even when an officer later deletes a demo record on purpose.
 */
@Component
public class SeedMarkers {

    private final JdbcTemplate jdbc;

    public SeedMarkers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public boolean isDone(String seed) {
        Integer count = jdbc.queryForObject("select count(*) from mc_seed_marker where seed = ?", Integer.class, seed);
        return count != null && count > 0;
    }

    /** @return false if another node recorded it first */
    public boolean markDone(String seed) {
        try {
            jdbc.update("insert into mc_seed_marker (seed, applied_at) values (?, current_timestamp)", seed);
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }
}
