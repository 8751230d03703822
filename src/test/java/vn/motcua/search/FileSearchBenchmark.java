package vn.motcua.search;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import vn.motcua.dossier.SearchKeys;
import vn.motcua.organisation.OrganisationCatalogue;
import vn.motcua.organisation.OrganisationProperties;

/**
 * The file search on a province-sized register, not a test:
 * {@code ./mvnw -B verify -Pkpi-benchmark -Dit.test=FileSearchBenchmark -Dsearch.benchmark.files=200000}.
 * On the PostgreSQL server at 127.0.0.1:5432 it creates a database of its own, migrates it (V18 included),
 * generates files received over three years at three centres (names drawn from common Vietnamese family,
 * middle and given names, so "Nguyễn" is in a third of them), their routes, units passed and open steps,
 * then times each kind of query through {@link FileSearch} as a desk officer (scoped) and as a supervisor,
 * {@code search.benchmark.runs} different values each, and prints the median and the 90th percentile.
 * Drops the database.
 */
class FileSearchBenchmark {

    private static final String PG = System.getProperty("motcua.test.pg.url", "jdbc:postgresql://127.0.0.1:5432/");
    private static final String USER = System.getProperty("motcua.test.pg.user", "postgres");
    private static final String PASSWORD = System.getProperty("motcua.test.pg.password", "");

    private static final String[] FAMILY = {"Nguyễn", "Nguyễn", "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan",
            "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Điểu", "Trương"};
    private static final String[] MIDDLE = {"Văn", "Thị", "Hữu", "Đức", "Minh", "Thanh", "Ngọc", "Quang", "Thu", "Kim",
            "Xuân", "Đình", "Công", "Thị Ngọc", "Văn Hoàng"};
    private static final String[] GIVEN = {"An", "Bình", "Cường", "Dũng", "Đạt", "Giang", "Hà", "Hải", "Hạnh", "Hiếu",
            "Hoa", "Hùng", "Hương", "Khánh", "Lan", "Linh", "Long", "Mai", "Nam", "Nga", "Phúc", "Phương", "Quân",
            "Sơn", "Tâm", "Thảo", "Thắng", "Trang", "Tuấn", "Vy", "Yến", "Điệp", "Đông", "Lực", "Ánh", "Thư"};
    /** Centre code, desk group, the commune's land office and leaders' groups. */
    private static final String[][] CENTRES = {{"H57", "desk", "landoffice", "communeleaders"},
            {"H58", "anphuocdesk", "anphuoclandoffice", "anphuoccommuneleaders"},
            {"H59", "bugiamapdesk", "bugiamaplandoffice", "bugiamapcommuneleaders"}};
    private static final String[] STATUSES = {"FINISHED", "FINISHED", "FINISHED", "FINISHED", "FINISHED", "FINISHED",
            "IN_PROGRESS", "IN_PROGRESS", "WAITING_AGENCY_SUPPLEMENT", "REFUSED", "WITHDRAWN"};

    private final int files = Integer.getInteger("search.benchmark.files", 200_000);
    private final int runs = Integer.getInteger("search.benchmark.runs", 30);
    private final Random random = new Random(18);
    /** Sample files to search for: code, name, citizen ID, sheet, parcel, centre index. */
    private final List<String[]> samples = new ArrayList<>();

    @Test
    void run() throws Exception {
        String database = "motcua_search_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        admin("create database " + database);
        try (HikariDataSource dataSource = dataSource(database)) {
            Flyway.configure().dataSource(dataSource).locations("classpath:db/migration")
                    .javaMigrations(new FileSearchIndexes()).load().migrate();
            long t = System.nanoTime();
            generate(dataSource);
            new JdbcTemplate(dataSource).execute("analyze");
            print("%,d files generated in %.0f s", files, (System.nanoTime() - t) / 1e9);
            FileSearch search = new FileSearch(new NamedParameterJdbcTemplate(dataSource),
                    new OrganisationCatalogue(new OrganisationProperties(""), event -> { }));
            measure(search);
        } finally {
            admin("drop database if exists " + database + " with (force)");
        }
    }

    private void measure(FileSearch search) {
        ReadableFiles desk = new ReadableFiles(Set.of("desk"));
        ReadableFiles supervisor = new ReadableFiles(Set.of("supervisors"));
        Map<String, Supplier<String>> kinds = new LinkedHashMap<>();
        kinds.put("whole code", () -> sample()[0]);
        kinds.put("code tail yyMMdd-nnnn", () -> { String c = sample()[0]; return c.substring(c.indexOf('-') + 1); });
        kinds.put("code tail nnnn (digits)", () -> { String c = sample()[0]; return c.substring(c.length() - 4); });
        kinds.put("full name, no diacritics", () -> SearchKeys.plain(sample()[1]));
        kinds.put("family name only (nguyen)", () -> "nguyen");
        kinds.put("given name only", () -> { String[] w = SearchKeys.plain(sample()[1]).split(" "); return w[w.length - 1]; });
        kinds.put("citizen ID", () -> sample()[2]);
        kinds.put("parcel sheet/number", () -> { String[] s = sample(); return s[3] + "/" + s[4]; });
        print("%-32s %12s %12s %12s %12s %8s", "query (kind)", "desk p50 ms", "desk p90 ms", "superv. p50", "superv. p90", "rows");
        for (var kind : kinds.entrySet()) {
            double[] scoped = new double[runs];
            double[] all = new double[runs];
            int rows = 0;
            search.search(kind.getValue().get(), null, desk); // warm the plan cache
            for (int i = 0; i < runs; i++) {
                String q = kind.getValue().get();
                long t = System.nanoTime();
                rows += search.search(q, null, desk).size();
                scoped[i] = (System.nanoTime() - t) / 1e6;
                t = System.nanoTime();
                search.search(q, null, supervisor);
                all[i] = (System.nanoTime() - t) / 1e6;
            }
            print("%-32s %12.1f %12.1f %12.1f %12.1f %8.1f", kind.getKey(), pct(scoped, 50), pct(scoped, 90), pct(all, 50),
                    pct(all, 90), rows / (double) runs);
        }
        double[] filtered = new double[runs];
        for (int i = 0; i < runs; i++) {
            String q = SearchKeys.plain(sample()[1]);
            long t = System.nanoTime();
            search.search(q, "IN_PROGRESS", desk);
            filtered[i] = (System.nanoTime() - t) / 1e6;
        }
        print("%-32s %12.1f %12.1f", "full name + status IN_PROGRESS", pct(filtered, 50), pct(filtered, 90));
    }

    /** A Long Thành file (the desk officer's own), so the scoped search has something to find. */
    private String[] sample() {
        while (true) {
            String[] s = samples.get(random.nextInt(samples.size()));
            if (s[5].equals("0")) {
                return s;
            }
        }
    }

    private void generate(HikariDataSource dataSource) throws Exception {
        LocalDateTime start = LocalDateTime.now().minusYears(3);
        long span = java.time.Duration.between(start, LocalDateTime.now()).toMinutes();
        Map<String, Integer> sequences = new LinkedHashMap<>();
        DateTimeFormatter day = DateTimeFormatter.ofPattern("yyMMdd");
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement file = c.prepareStatement("""
                    insert into mc_dossier (code, procedure_key, procedure_name, channel, applicant_name, applicant_id_number,
                        parcel_sheet, parcel_number, commune_code, received_at, due_date, status, created_at, updated_at,
                        units_passed, receiving_agency, applicant_search, code_reversed)
                    values (?, 'land-use-conversion', 'Chuyển mục đích sử dụng đất', 'IN_PERSON', ?, ?, ?, ?, ?, ?, ?, ?, ?,
                        ?, ?, ?, ?, ?)""", new String[] {"id"});
                    PreparedStatement route = c.prepareStatement(
                            "insert into mc_dossier_route (dossier_id, unit, agency_id, staff_group, leaders_group) values (?, ?, ?, ?, ?)");
                    PreparedStatement step = c.prepareStatement("""
                            insert into mc_handover (dossier_id, task_id, step_key, step_name, unit, received_at)
                            values (?, ?, 'appraiseFile', 'Thẩm định hồ sơ', ?, ?)""")) {
                List<Object[]> pending = new ArrayList<>();
                for (int i = 0; i < files; i++) {
                    LocalDateTime received = start.plusMinutes((long) i * span / files);
                    int centre = random.nextInt(10) < 6 ? 0 : random.nextInt(10) < 6 ? 1 : 2;
                    String[] c0 = CENTRES[centre];
                    String key = c0[0] + day.format(received);
                    int seq = sequences.merge(key, 1, Integer::sum);
                    String code = "000.00.15." + c0[0] + "-" + day.format(received) + "-" + String.format(Locale.ROOT, "%04d", seq);
                    String name = FAMILY[random.nextInt(FAMILY.length)] + " " + MIDDLE[random.nextInt(MIDDLE.length)] + " "
                            + GIVEN[random.nextInt(GIVEN.length)];
                    String id = String.format(Locale.ROOT, "%03d%09d", 1 + random.nextInt(95), random.nextInt(1_000_000_000));
                    String sheet = String.valueOf(1 + random.nextInt(60));
                    String parcel = String.valueOf(1 + random.nextInt(999));
                    String status = STATUSES[random.nextInt(STATUSES.length)];
                    Timestamp at = Timestamp.valueOf(received);
                    int p = 1;
                    file.setString(p++, code);
                    file.setString(p++, name);
                    file.setString(p++, id);
                    file.setString(p++, sheet);
                    file.setString(p++, parcel);
                    file.setString(p++, "2604" + centre);
                    file.setTimestamp(p++, at);
                    file.setObject(p++, received.toLocalDate().plusDays(28));
                    file.setString(p++, status);
                    file.setTimestamp(p++, at);
                    file.setTimestamp(p++, at);
                    file.setString(p++, "," + c0[2] + ",");
                    file.setString(p++, c0[0]);
                    file.setString(p++, SearchKeys.name(name));
                    file.setString(p, SearchKeys.reversedCode(code));
                    file.addBatch();
                    pending.add(new Object[] {centre, status, at});
                    if (random.nextInt(200) == 0) {
                        samples.add(new String[] {code, name, id, sheet, parcel, String.valueOf(centre)});
                    }
                    if (pending.size() == 2000 || i == files - 1) {
                        file.executeBatch();
                        try (var keys = file.getGeneratedKeys()) {
                            for (Object[] row : pending) {
                                keys.next();
                                long dossier = keys.getLong(1);
                                String[] c1 = CENTRES[(int) row[0]];
                                route.setLong(1, dossier);
                                route.setString(2, "desk");
                                route.setString(3, c1[0]);
                                route.setString(4, c1[1]);
                                route.setString(5, c1[1] + "leaders");
                                route.addBatch();
                                route.setLong(1, dossier);
                                route.setString(2, "commune");
                                route.setString(3, c1[0] + "-commune");
                                route.setString(4, c1[3].replace("leaders", ""));
                                route.setString(5, c1[3]);
                                route.addBatch();
                                step.setLong(1, dossier);
                                step.setString(2, "task-" + dossier);
                                step.setString(3, c1[2]);
                                step.setTimestamp(4, (Timestamp) row[2]);
                                step.addBatch();
                            }
                        }
                        route.executeBatch();
                        step.executeBatch();
                        c.commit();
                        pending.clear();
                    }
                }
            }
            // finished steps are closed; the open files' steps stay open (the holding unit)
            try (Statement s = c.createStatement()) {
                s.execute("update mc_handover set finished_at = received_at where dossier_id in "
                        + "(select id from mc_dossier where status not in ('IN_PROGRESS', 'WAITING_AGENCY_SUPPLEMENT'))");
            }
            c.commit();
        }
    }

    private static double pct(double[] values, int percentile) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percentile / 100.0 * sorted.length) - 1)];
    }

    private static HikariDataSource dataSource(String database) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(PG + database + "?reWriteBatchedInserts=true");
        config.setUsername(USER);
        config.setPassword(PASSWORD);
        config.setMaximumPoolSize(2);
        config.setConnectionInitSql("set jit = off"); // as the application's connections (application-postgres.yaml)
        return new HikariDataSource(config);
    }

    private static void admin(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(PG + "postgres", USER, PASSWORD); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static void print(String format, Object... args) {
        System.out.println("[search-benchmark] " + String.format(Locale.ROOT, format, args));
    }
}
