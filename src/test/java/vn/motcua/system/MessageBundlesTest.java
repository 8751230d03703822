package vn.motcua.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The bundles under {@code src/main/resources/messages} and the code that reads them agree: every key the
 * code names exists, every key is read somewhere, a feature's keys live in its own file. And the sentences a
 * person reads are not written in Java: the files that still hold Vietnamese text in code are listed in
 * {@code src/test/resources/vietnamese-in-code.txt} with how many lines, and that list only shrinks.
 */
class MessageBundlesTest {

    private static final Path MAIN = Path.of("src/main");
    private static final Path BUNDLES = MAIN.resolve("resources/messages");
    private static final Path RATCHET = Path.of("src/test/resources/vietnamese-in-code.txt");

    private static final Pattern TEXT_CALL = Pattern.compile("Messages\\.text\\(\\s*\"([^\"]+)\"");
    private static final Pattern VALIDATION_KEY = Pattern.compile("\"\\{([a-z]+\\.[A-Za-z0-9.]+)}\"");
    private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([a-z]+\\.[A-Za-z0-9.]+)");
    private static final Pattern VIETNAMESE_LITERAL = Pattern.compile(
            "\"[^\"]*[àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ"
                    + "ÀÁẢÃẠĂẮẰẲẴẶÂẤẦẨẪẬĐÈÉẺẼẸÊẾỀỂỄỆÌÍỈĨỊÒÓỎÕỌÔỐỒỔỖỘƠỚỜỞỠỢÙÚỦŨỤƯỨỪỬỮỰỲÝỶỸỴ][^\"]*\"");

    @Test
    void everyKeyTheCodeNamesIsInABundle() throws IOException {
        Set<String> named = new LinkedHashSet<>();
        for (Path file : sources()) {
            String text = Files.readString(file);
            collect(TEXT_CALL, text, named);
            collect(VALIDATION_KEY, text, named);
            collect(TEMPLATE_KEY, text, named);
        }
        assertThat(named).as("keys named in src/main").isNotEmpty();
        // A key the code completes itself ("system.page." + page + ".title") is checked by the test of that code.
        assertThat(named.stream().filter(key -> !key.endsWith(".") && !Messages.has(key)).toList())
                .as("keys the code names but no bundle under %s has", BUNDLES).isEmpty();
    }

    /** A key is read where it is written whole, or where the code builds it from a written prefix ("system.page."). */
    @Test
    void everyKeyInTheBundlesIsRead() throws IOException {
        StringBuilder code = new StringBuilder();
        for (Path file : sources()) {
            code.append(Files.readString(file)).append('\n');
        }
        List<String> unread = Messages.all().keySet().stream().filter(key -> !read(key, code)).toList();
        assertThat(unread).as("keys no code reads: remove them, or read them").isEmpty();
    }

    @Test
    void eachFeatureKeepsItsKeysInItsOwnFile() throws IOException {
        try (Stream<Path> files = Files.list(BUNDLES)) {
            for (Path file : files.toList()) {
                String feature = file.getFileName().toString().replace(".properties", "");
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    if (!line.isBlank() && !line.startsWith("#")) {
                        assertThat(line).as(file.toString()).startsWith(feature + ".");
                    }
                }
            }
        }
    }

    @Test
    void argumentsGoInAsTheyAre() {
        assertThat(Messages.text("system.api.missingParameter", "code")).isEqualTo("Thiếu tham số bắt buộc 'code'.");
        assertThat(Messages.text("system.api.tooLarge", 2000)).isEqualTo("Nội dung gửi lên quá lớn (tối đa 2000).");
        assertThatThrownBy(() -> Messages.text("system.no.such.key")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("system.no.such.key");
    }

    @Test
    void vietnameseTextInCodeOnlyShrinks() throws IOException {
        Map<String, Integer> allowed = new TreeMap<>();
        for (String line : Files.readAllLines(RATCHET, StandardCharsets.UTF_8)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                String[] parts = line.trim().split("\\s+");
                allowed.put(parts[0], Integer.parseInt(parts[1]));
            }
        }
        Map<String, Integer> actual = vietnameseLinesPerFile();
        List<String> grown = new ArrayList<>();
        List<String> shrunk = new ArrayList<>();
        actual.forEach((file, lines) -> {
            int limit = allowed.getOrDefault(file, 0);
            if (lines > limit) {
                grown.add(file + " " + lines + " (allowed " + limit + ")");
            }
        });
        allowed.forEach((file, limit) -> {
            int lines = actual.getOrDefault(file, 0);
            if (lines < limit) {
                shrunk.add(file + " " + lines + " (listed " + limit + ")");
            }
        });
        assertThat(grown).as("Vietnamese sentences written in Java: put them in a bundle under %s and read them"
                + " with Messages.text", BUNDLES).isEmpty();
        assertThat(shrunk).as("fewer Vietnamese lines than %s lists: lower its numbers", RATCHET).isEmpty();
    }

    /** Lines of main Java code (not comments) with a string literal in Vietnamese, per file. */
    static Map<String, Integer> vietnameseLinesPerFile() throws IOException {
        Map<String, Integer> counts = new TreeMap<>();
        Path root = MAIN.resolve("java");
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                int lines = 0;
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    String code = line.strip();
                    if (!code.startsWith("*") && !code.startsWith("/*") && !code.startsWith("//")
                            && VIETNAMESE_LITERAL.matcher(code).find()) {
                        lines++;
                    }
                }
                if (lines > 0) {
                    counts.put(root.relativize(file).toString().replace('\\', '/'), lines);
                }
            }
        }
        return counts;
    }

    private static boolean read(String key, CharSequence code) {
        String text = code.toString();
        if (text.contains("\"" + key + "\"") || text.contains("{" + key + "}") || text.contains("#{" + key)) {
            return true;
        }
        for (int dot = key.lastIndexOf('.'); dot > 0; dot = key.lastIndexOf('.', dot - 1)) {
            if (text.contains("\"" + key.substring(0, dot + 1) + "\"")) {
                return true;
            }
        }
        return false;
    }

    private static void collect(Pattern pattern, String text, Set<String> into) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            into.add(m.group(1));
        }
    }

    private static List<Path> sources() throws IOException {
        try (Stream<Path> files = Files.walk(MAIN)) {
            return files.filter(f -> f.toString().endsWith(".java") || f.toString().endsWith(".html")).toList();
        }
    }
}
