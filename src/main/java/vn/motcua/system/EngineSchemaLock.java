package vn.motcua.system;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Nodes of a cluster started together on an empty PostgreSQL database would both create the
 * engine's ACT_* tables ({@code schema-update: true}), and the slower one fails on a duplicate
 * type and exits. The engine's schema step runs between a plugin's {@code preInit} and
 * {@code postProcessEngineBuild}, so this plugin holds a PostgreSQL advisory lock (scoped to the
 * database) across it: the second node waits, then finds the tables. Flyway locks by itself; H2
 * is single-node and needs nothing. If the build fails the node exits, which frees the lock.
 */
@Component
class EngineSchemaLock extends AbstractProcessEnginePlugin {

    private static final Logger log = LoggerFactory.getLogger(EngineSchemaLock.class);
    /** Any constant shared by every node: "motcua" in ASCII. */
    private static final long LOCK_KEY = 0x6d6f74637561L;

    private final DataSource dataSource;
    private Connection holding;

    EngineSchemaLock(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        try {
            Connection connection = dataSource.getConnection();
            if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
                connection.close();
                return;
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("select pg_advisory_lock(" + LOCK_KEY + ")");
            }
            holding = connection;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not take the engine schema lock", e);
        }
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine processEngine) {
        if (holding == null) {
            return;
        }
        try (Connection connection = holding; Statement statement = connection.createStatement()) {
            statement.execute("select pg_advisory_unlock(" + LOCK_KEY + ")");
        } catch (SQLException e) {
            // closing the connection ends the session, which frees the lock anyway
            log.warn("Engine schema lock release failed: {}", e.getMessage());
        } finally {
            holding = null;
        }
    }
}
