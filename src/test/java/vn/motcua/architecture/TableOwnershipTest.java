package vn.motcua.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Each feature owns its tables; the others go through its service or its events. The file register
 * ({@code mc_dossier}, {@code mc_dossier_status} and the other {@code mc_dossier_*} tables) is
 * {@code dossier}'s: SQL that writes it anywhere else in the main code fails this test, with the
 * file and the statement named. (A bookkeeping column another feature needs lives in that feature's
 * own table, V27.)
 */
class TableOwnershipTest {

    private static final Path SOURCES = Path.of("src/main/java/vn/motcua");
    private static final Path OWNER = SOURCES.resolve("dossier");
    /** A write of a register table, across line breaks and text-block indentation, in any case. */
    static final Pattern REGISTER_WRITE = Pattern.compile(
            "\\b(update|insert\\s+into|delete\\s+from|merge\\s+into)\\s+mc_dossier\\w*", Pattern.CASE_INSENSITIVE);

    @Test
    void onlyDossierWritesTheRegister() throws IOException {
        List<String> writes;
        try (Stream<Path> files = Files.walk(SOURCES)) {
            writes = files.filter(f -> f.toString().endsWith(".java")).filter(f -> !f.startsWith(OWNER))
                    .flatMap(TableOwnershipTest::registerWrites).toList();
        }
        assertThat(writes).as("SQL outside vn.motcua.dossier that writes the register's tables").isEmpty();
    }

    @Test
    void recognisesAWriteHoweverItIsSpelt() {
        assertThat(REGISTER_WRITE.matcher("jdbc.update(\"UPDATE mc_dossier set kpi_rolled_at = ?\")").find()).isTrue();
        assertThat(REGISTER_WRITE.matcher("\"\"\"\n    update  mc_dossier_status set x = 1").find()).isTrue();
        assertThat(REGISTER_WRITE.matcher("insert\n into MC_DOSSIER_ROUTE (dossier_id)").find()).isTrue();
        assertThat(REGISTER_WRITE.matcher("delete from mc_dossier where id = ?").find()).isTrue();
        assertThat(REGISTER_WRITE.matcher("select * from mc_dossier d join mc_dossier_status s").find()).isFalse();
        assertThat(REGISTER_WRITE.matcher("update mc_citizen_check set result = ?").find()).isFalse();
    }

    private static Stream<String> registerWrites(Path file) {
        try {
            Matcher write = REGISTER_WRITE.matcher(Files.readString(file));
            return write.results().map(m -> SOURCES.relativize(file) + ": " + m.group().replaceAll("\\s+", " "));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + file, e);
        }
    }
}
