package vn.motcua.benchmark;

import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Bytes ({@code pg_total_relation_size}: heap, TOAST and indexes) and rows of every table of the
 * benchmark's PostgreSQL database at one moment, and the difference between two such moments.
 */
record TableSizes(Map<String, Long> bytes, Map<String, Long> rows) {

    /** The groups the report sums: the engine's history, its byte arrays, its runtime, the register. */
    enum Group {
        HISTORY("ACT_HI_*"), BYTEARRAY("ACT_GE_BYTEARRAY"), RUNTIME("ACT_RU_*"), REGISTER("mc_*"), OTHER("other");

        final String label;

        Group(String label) {
            this.label = label;
        }

        static Group of(String table) {
            if (table.startsWith("act_hi_")) {
                return HISTORY;
            }
            if (table.equals("act_ge_bytearray")) {
                return BYTEARRAY;
            }
            if (table.startsWith("act_ru_")) {
                return RUNTIME;
            }
            return table.startsWith("mc_") ? REGISTER : OTHER;
        }
    }

    static TableSizes of(JdbcTemplate jdbc) {
        Map<String, Long> bytes = new TreeMap<>();
        Map<String, Long> rows = new TreeMap<>();
        jdbc.queryForList("select tablename, pg_total_relation_size(quote_ident(tablename)) as bytes from pg_tables"
                + " where schemaname = 'public'").forEach(row -> {
                    String table = (String) row.get("tablename");
                    bytes.put(table.toLowerCase(), ((Number) row.get("bytes")).longValue());
                    rows.put(table.toLowerCase(), jdbc.queryForObject("select count(*) from " + quoteIdent(table), Long.class));
                });
        return new TableSizes(bytes, rows);
    }

    /**
     * Rewrites every table without its dead rows (this server has autovacuum off, so updated and
     * deleted rows would otherwise count): what is left is what the files keep.
     */
    static void compact(JdbcTemplate jdbc) {
        jdbc.execute("vacuum full");
    }

    TableSizes minus(TableSizes before) {
        Map<String, Long> bytes = new TreeMap<>();
        Map<String, Long> rows = new TreeMap<>();
        this.bytes.forEach((table, b) -> bytes.put(table, b - before.bytes.getOrDefault(table, 0L)));
        this.rows.forEach((table, n) -> rows.put(table, n - before.rows.getOrDefault(table, 0L)));
        return new TableSizes(bytes, rows);
    }

    long bytes(Group group) {
        return bytes.entrySet().stream().filter(e -> Group.of(e.getKey()) == group).mapToLong(Map.Entry::getValue).sum();
    }

    long totalBytes() {
        return bytes.values().stream().mapToLong(Long::longValue).sum();
    }

    private static String quoteIdent(String table) {
        return '"' + table.replace("\"", "\"\"") + '"';
    }
}
