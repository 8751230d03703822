package vn.motcua.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

class CamundaEngineSchemaTest {

    private final CamundaEngineSchema migration = new CamundaEngineSchema();

    @Test
    void createsTheEngineTablesOnAnEmptyDatabaseAndLeavesThemOnTheNextRun() throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:h2:mem:engine-schema-" + System.nanoTime())) {
            migration.migrate(context(connection));
            assertThat(count(connection, "select count(*) from ACT_RU_TASK")).isZero();
            assertThat(count(connection, "select count(*) from ACT_ID_USER")).isZero();
            assertThat(count(connection, "select count(*) from ACT_HI_DECINST")).isZero();

            migration.migrate(context(connection));
            assertThat(count(connection, "select count(*) from ACT_GE_SCHEMA_LOG")).isEqualTo(1);
        }
    }

    @Test
    void upgradesMinorByMinorWithCamundasScripts() {
        assertThat(CamundaEngineSchema.upgradeSteps("7.22.3", "7.24.0")).containsExactly("7.22_to_7.23", "7.23_to_7.24");
        assertThat(CamundaEngineSchema.upgradeSteps("7.24.0", "7.24.0")).isEmpty();
        for (String database : new String[] {"h2", "postgres"}) {
            assertThat(new ClassPathResource("org/camunda/bpm/engine/db/upgrade/" + database + "_engine_7.23_to_7.24.sql")
                    .exists()).as(database).isTrue();
        }
    }

    @Test
    void refusesTablesOfANewerCamundaWithAReason() throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:h2:mem:engine-schema-" + System.nanoTime())) {
            migration.migrate(context(connection));
            try (Statement statement = connection.createStatement()) {
                statement.execute("insert into ACT_GE_SCHEMA_LOG values ('1400', CURRENT_TIMESTAMP, '7.25.0')");
            }
            assertThatThrownBy(() -> migration.migrate(context(connection)))
                    .hasMessageContaining("7.25.0").hasMessageContaining("cannot upgrade");
        }
    }

    private static long count(Connection connection, String sql) throws Exception {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static Context context(Connection connection) {
        return new Context() {
            @Override
            public Configuration getConfiguration() {
                return null;
            }

            @Override
            public Connection getConnection() {
                return connection;
            }
        };
    }
}
