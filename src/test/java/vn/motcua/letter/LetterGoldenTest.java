package vn.motcua.letter;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Each letter's HTML for the sample file, compared with {@code src/test/resources/letters/golden/<kind>.html}.
 * After an intended change to a template or to {@link LetterModels}, regenerate the goldens and
 * review the diff:
 * <pre>./mvnw test -Dtest=LetterGoldenTest -Dletters.updateGolden=true</pre>
 * The QR code's PNG is masked: its bytes depend on the JDK's PNG encoder, and
 * {@code QrCodesTest} checks that it decodes to the file code.
 */
class LetterGoldenTest {

    private static final Path GOLDEN = Path.of("src/test/resources/letters/golden");
    private static final Pattern PNG = Pattern.compile("data:image/png;base64,[A-Za-z0-9+/=]+");

    private final LetterTemplates templates = new LetterTemplates();

    @ParameterizedTest
    @EnumSource(LetterKind.class)
    void htmlMatchesTheGoldenFile(LetterKind kind) throws IOException {
        String html = masked(templates.render(kind, SampleLetters.models().of(SampleLetters.facts(kind))));
        Path golden = GOLDEN.resolve(kind.slug() + ".html");
        if (Boolean.getBoolean("letters.updateGolden")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(golden, html, StandardCharsets.UTF_8);
        }
        assertThat(golden).as("golden file; run with -Dletters.updateGolden=true to create it").exists();
        assertThat(html).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }

    static String masked(String html) {
        return PNG.matcher(html).replaceAll("data:image/png;base64,QR");
    }
}
