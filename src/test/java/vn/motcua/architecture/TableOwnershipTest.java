package vn.motcua.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Each feature owns its tables; the others go through its service or its events. The file register
 * ({@code mc_dossier}, {@code mc_dossier_status} and the other {@code mc_dossier_*} tables), the
 * due-date changes, the control sheet ({@code mc_handover}) and the file codes' sequence are
 * {@code dossier}'s: SQL that writes them anywhere else in the main code fails this test, with the
 * file and the statement named. (A bookkeeping column another feature needs lives in that feature's
 * own table: V27, V29.)
 */
class TableOwnershipTest {

    private static final Path SOURCES = Path.of("src/main/java/vn/motcua");
    private static final Path OWNER = SOURCES.resolve("dossier");
    /** The tables dossier owns; {@link #dossierOwnsEveryTableItWrites} keeps this list complete. */
    static final String DOSSIER_TABLES = "mc_dossier\\w*|mc_due_date_change|mc_handover|mc_code_sequence";
    private static final String WRITE = "\\b(?:update|insert\\s+into|delete\\s+from|merge\\s+into)\\s+";
    /** A write of a table of any feature, across line breaks and text-block indentation, in any case. */
    private static final Pattern ANY_WRITE = Pattern.compile(WRITE + "(mc_\\w+)", Pattern.CASE_INSENSITIVE);
    /** A write of one of dossier's tables. */
    static final Pattern DOSSIER_WRITE = Pattern.compile(WRITE + "(?:" + DOSSIER_TABLES + ")\\b",
            Pattern.CASE_INSENSITIVE);

    @Test
    void onlyDossierWritesItsTables() throws IOException {
        List<String> writes = sources().filter(f -> !f.startsWith(OWNER))
                .flatMap(f -> matches(DOSSIER_WRITE, f)
                        .map(m -> SOURCES.relativize(f) + ": " + m.group().replaceAll("\\s+", " "))).toList();
        assertThat(writes).as("SQL outside vn.motcua.dossier that writes dossier's tables").isEmpty();
    }

    /** A table dossier starts writing is dossier's, so the test above guards it too. */
    @Test
    void dossierOwnsEveryTableItWrites() throws IOException {
        List<String> written = sources().filter(f -> f.startsWith(OWNER))
                .flatMap(f -> matches(ANY_WRITE, f).map(m -> m.group(1).toLowerCase(Locale.ROOT))).distinct().toList();
        assertThat(written).isNotEmpty().allMatch(table -> table.matches(DOSSIER_TABLES));
    }

    @Test
    void recognisesAWriteHoweverItIsSpelt() {
        assertThat(DOSSIER_WRITE.matcher("jdbc.update(\"UPDATE mc_dossier set units_passed = ?\")").find()).isTrue();
        assertThat(DOSSIER_WRITE.matcher("\"\"\"\n    update  mc_dossier_status set x = 1").find()).isTrue();
        assertThat(DOSSIER_WRITE.matcher("insert\n into MC_DOSSIER_ROUTE (dossier_id)").find()).isTrue();
        assertThat(DOSSIER_WRITE.matcher("delete from mc_dossier where id = ?").find()).isTrue();
        assertThat(DOSSIER_WRITE.matcher("update mc_handover set kpi_rolled_at = :now").find()).isTrue();
        assertThat(DOSSIER_WRITE.matcher("insert into mc_due_date_change (dossier_id)").find()).isTrue();
        assertThat(DOSSIER_WRITE.matcher("update mc_code_sequence set last_value = ?").find()).isTrue();
        assertThat(DOSSIER_WRITE.matcher("select * from mc_dossier d join mc_handover h").find()).isFalse();
        assertThat(DOSSIER_WRITE.matcher("update mc_citizen_check set result = ?").find()).isFalse();
        assertThat(DOSSIER_WRITE.matcher("delete from mc_handover_archive").find()).as("another table").isFalse();
    }

    private static Stream<Path> sources() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(f -> f.toString().endsWith(".java")).toList().stream();
        }
    }

    private static Stream<MatchResult> matches(Pattern pattern, Path file) {
        try {
            return pattern.matcher(Files.readString(file)).results();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + file, e);
        }
    }
}
