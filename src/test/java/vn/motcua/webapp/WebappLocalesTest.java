package vn.motcua.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Camunda's webapps in Vietnamese: each app's {@code locales/vi.json} (this application's resources,
 * served before the webjar's) against the {@code en.json} of the camunda-webapp-webjar on the class
 * path. A Camunda upgrade that adds, renames or removes a label, or changes its placeholders, fails
 * here until vi.json follows. Also checks that the webjar still has what the overrides rely on.
 */
class WebappLocalesTest {

    private static final String APPS = "META-INF/resources/webjars/camunda/app/";
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * What must survive translation unchanged: AngularJS interpolations ({{ name }}), the "{}" some
     * labels get replaced into, HTML tags, entities, printf conversions and line breaks.
     */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{.*?}}|\\{}"
            + "|</?(?:a|b|strong|em|i|br|span|code|p|ul|li|div|pre|small|u)\\b[^>]*>"
            + "|&[a-zA-Z]+;|&#\\d+;|%[sd]|\n");

    /** Labels that stay as Camunda wrote them: identifiers, type names, symbols, product names. */
    private static final Set<String> SAME_AS_ENGLISH = Set.of("", "<", "<=", ">", ">=", "<null>", "<undefined>",
            "null", "ID", "ID*", "Tenant", "Tenant: ID", "JSON", "CSV", "Boolean", "Double", "Integer", "Long", "Short",
            "String", "Camunda", "Camunda Cockpit", "Optimize", "requestPayload", "YYYY-MM-DDTHH:mm:ss");

    @ParameterizedTest
    @ValueSource(strings = { "tasklist", "cockpit", "admin", "welcome" })
    void vietnameseHasEveryLabelOfTheWebjarWithTheSamePlaceholders(String app) throws IOException {
        JsonNode en = read(webjar(app + "/locales/en.json"));
        JsonNode vi = read(ours(app + "/locales/vi.json"));

        assertThat(names(vi)).as("sections of %s/vi.json", app).isEqualTo(names(en));
        if (en.has("dateLocales")) {
            assertThat(names(vi.get("dateLocales"))).as("moment.js locale of %s/vi.json", app)
                    .isEqualTo(names(en.get("dateLocales")));
            assertThat(vi.at("/dateLocales/longDateFormat/L").asText()).isEqualTo("DD/MM/YYYY");
        }

        JsonNode english = en.get("labels");
        JsonNode vietnamese = vi.get("labels");
        Set<String> missing = new LinkedHashSet<>(names(english));
        missing.removeAll(names(vietnamese));
        Set<String> extra = new LinkedHashSet<>(names(vietnamese));
        extra.removeAll(names(english));
        // labels the app's own code passes through its translate filter without an en.json entry
        extra.removeAll(translatedLiterals(text(webjar(app + "/camunda-" + app + "-bootstrap.js"))));
        assertThat(missing).as("labels of %s/en.json missing from vi.json", app).isEmpty();
        assertThat(extra).as("labels of %s/vi.json that en.json no longer has", app).isEmpty();

        List<String> wrong = new ArrayList<>();
        List<String> untranslated = new ArrayList<>();
        for (String key : names(english)) {
            String source = english.get(key).asText();
            String target = vietnamese.get(key).asText();
            if (!placeholders(source).equals(placeholders(target))) {
                wrong.add(key + ": " + placeholders(source) + " became " + placeholders(target));
            }
            if (source.equals(target) && !SAME_AS_ENGLISH.contains(source)) {
                untranslated.add(key + ": " + source);
            }
        }
        assertThat(wrong).as("labels of %s whose placeholders changed", app).isEmpty();
        assertThat(untranslated).as("labels of %s still in English", app).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = { "tasklist", "cockpit", "admin", "welcome" })
    void configMakesVietnameseTheOnlyLocaleAndHidesTheMigrationBanner(String app) throws IOException {
        String config = text(ours(app + "/scripts/config.js"));
        assertThat(config).contains("availableLocales: ['vi']", "fallbackLocale: 'vi'", "normal: 'DD/MM/YYYY HH:mm'");

        // user-styles.css hides the banner by the class the header widget gives it.
        String bootstrap = text(webjar(app + "/camunda-" + app + "-bootstrap.js"));
        assertThat(bootstrap).as("the header widget's Camunda 8 banner in the %s webjar", app)
                .contains("class=\"ce-eol-banner\"");
        assertThat(text(ours(app + "/styles/user-styles.css"))).contains("[cam-widget-header] .ce-eol-banner");
    }

    @ParameterizedTest
    @ValueSource(strings = { "cockpit", "admin", "welcome" })
    void appsThatIgnoreTheDateFormatOfTheirConfigLoadTheScriptThatAppliesIt(String app) throws IOException {
        // 7.24 copies config.dateFormat into the camDate filter in Tasklist only.
        assertThat(text(webjar(app + "/camunda-" + app + "-bootstrap.js")))
                .doesNotContain("camDateFormatProvider\",\"configurationProvider\"");
        assertThat(text(ours(app + "/scripts/config.js"))).containsPattern("customScripts: \\[[^\\]]*'scripts/date-formats'");
        assertThat(text(ours(app + "/scripts/date-formats.js"))).contains("decorator('camDateFormat'");
    }

    /**
     * Tasklist's filter criteria (group and label of each, e.g. "Business Key") are written in its
     * code and shown through "| translate" with no en.json entry: vi.json names them too.
     */
    @Test
    void tasklistsFilterCriteriaAreInVietnamese() throws IOException {
        String bootstrap = text(webjar("tasklist/camunda-tasklist-bootstrap.js"));
        assertThat(bootstrap).contains("{{ criterion.label | translate }}");
        Set<String> criteria = translatedLiterals(bootstrap);
        assertThat(criteria).contains("Business Key", "Candidate Group", "Due Before", "Process Instance");
        assertThat(criteria).isSubsetOf(names(read(ours("tasklist/locales/vi.json")).get("labels")));
    }

    /** The criteria of Tasklist's filter dialog, as its code lists them: {group:"…",options:[{…,label:"…"}]}. */
    private static Set<String> translatedLiterals(String bootstrap) {
        Set<String> literals = new LinkedHashSet<>();
        Matcher block = Pattern.compile("\\[\\{group:\"Process Instance\".*?\\}\\]\\}\\]").matcher(bootstrap);
        if (block.find()) {
            Matcher literal = Pattern.compile("(?:group|label):\"([^\"]+)\"").matcher(block.group());
            while (literal.find()) {
                literals.add(literal.group(1));
            }
        }
        return literals;
    }

    @Test
    void tasklistKeepsTheWebjarsKeyboardShortcuts() throws IOException {
        assertThat(shortcuts(text(ours("tasklist/scripts/config.js"))))
                .isEqualTo(shortcuts(text(webjar("tasklist/scripts/config.js"))));
    }

    // --- helpers ---------------------------------------------------------------------------------------------

    /** Shortcut name to key, e.g. claimTask=ctrl+alt+c. */
    private static Map<String, String> shortcuts(String config) {
        Map<String, String> found = new TreeMap<>();
        Matcher m = Pattern.compile("(\\w+): \\{\\s*key: '([^']+)'").matcher(config);
        while (m.find()) {
            found.put(m.group(1), m.group(2));
        }
        assertThat(found).isNotEmpty();
        return found;
    }

    private static List<String> placeholders(String label) {
        List<String> found = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(label);
        while (m.find()) {
            found.add(m.group());
        }
        found.sort(null);
        return found;
    }

    private static Set<String> names(JsonNode object) {
        Set<String> names = new LinkedHashSet<>();
        for (Iterator<String> it = object.fieldNames(); it.hasNext();) {
            names.add(it.next());
        }
        return names;
    }

    /** The webjar's file: the class path has this application's copy first, so look for the jar's one. */
    private static URL webjar(String path) throws IOException {
        for (URL url : Collections.list(WebappLocalesTest.class.getClassLoader().getResources(APPS + path))) {
            if (url.getProtocol().equals("jar") && url.getPath().contains("camunda-webapp-webjar")) {
                return url;
            }
        }
        throw new AssertionError("not in camunda-webapp-webjar: " + path);
    }

    /** This application's file (target/classes, from src/main/resources). */
    private static URL ours(String path) throws IOException {
        for (URL url : Collections.list(WebappLocalesTest.class.getClassLoader().getResources(APPS + path))) {
            if (url.getProtocol().equals("file")) {
                return url;
            }
        }
        throw new AssertionError("not in the application's resources: " + path);
    }

    private static JsonNode read(URL url) throws IOException {
        try (InputStream in = url.openStream()) {
            return JSON.readTree(in); // Jackson skips the byte order mark Camunda's en.json files start with
        }
    }

    private static String text(URL url) throws IOException {
        try (InputStream in = url.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
