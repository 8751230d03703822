package vn.motcua.system;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import vn.motcua.search.FileSearchIndexes;
import vn.motcua.workqueue.WorkQueueTable;
import vn.motcua.support.TestDatabase;

/**
 * A database of its own (H2, or PostgreSQL with the "postgres" profile) migrated step by step, for
 * the tests of one migration: up to just before it, then data as the old schema held it, then the rest.
 */
final class MigrationSteps {

    private final String name = TestDatabase.newName();
    private final DriverManagerDataSource dataSource;
    final JdbcTemplate jdbc;

    MigrationSteps() {
        Map<String, Object> properties = TestDatabase.create(name);
        dataSource = new DriverManagerDataSource(properties.get("spring.datasource.url").toString(),
                properties.get("spring.datasource.username").toString(),
                properties.get("spring.datasource.password").toString());
        jdbc = new JdbcTemplate(dataSource);
    }

    /** Applies every migration older than {@code version}, whichever other migrations exist by then. */
    void migrateUpTo(String version) {
        MigrationVersion before = MigrationVersion.fromVersion(version);
        MigrationVersion last = Arrays.stream(migrations().load().info().all()).map(MigrationInfo::getVersion)
                .filter(v -> v != null && before.isNewerThan(v))
                .max(MigrationVersion::compareTo).orElseThrow();
        migrations().target(last).load().migrate();
    }

    /** Applies every migration up to {@code version} included, and none after it. */
    void migrateThrough(String version) {
        migrations().target(MigrationVersion.fromVersion(version)).load().migrate();
    }

    void migrateAll() {
        migrations().load().migrate();
    }

    /** A table's columns, in lower case. */
    List<String> columns(String table) {
        return jdbc.queryForList("select lower(column_name) from information_schema.columns where lower(table_name) = ?",
                String.class, table);
    }

    void drop() {
        TestDatabase.drop(name);
    }

    private FluentConfiguration migrations() {
        return Flyway.configure().dataSource(dataSource).locations("classpath:db/migration")
                .javaMigrations(new CamundaEngineSchema(), new FileSearchIndexes(), new WorkQueueTable());
    }
}
