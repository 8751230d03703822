package vn.motcua.system;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * What the application says to people, kept out of the code: one bundle per feature,
 * {@code src/main/resources/messages/<feature>.properties} (UTF-8, keys start with the feature's name), so a
 * wording is changed in one place and the same sentence is not written twice. The application speaks
 * Vietnamese only, so there is one language and no locale. A {@code {0}}, {@code {1}} … in a text is
 * replaced by the argument as it is (no number or date formatting, no quoting rules: a date goes in
 * already written by {@code calendar.DayFormat}, dd/MM/yyyy). Bean Validation reads the same texts as {@code "{key}"} through
 * {@link MessageBundleSource}.
 */
public final class Messages {

    static final String LOCATION = "classpath*:messages/*.properties";

    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)}");

    private static final Map<String, String> TEXTS = load();

    private Messages() {
    }

    /** The text of {@code key} with its arguments in place; a missing key is a programming error. */
    public static String text(String key, Object... arguments) {
        String text = TEXTS.get(key);
        if (text == null) {
            throw new IllegalArgumentException("No message '" + key + "' in " + LOCATION);
        }
        return arguments.length == 0 ? text : fill(text, arguments);
    }

    static boolean has(String key) {
        return TEXTS.containsKey(key);
    }

    /** Every key and its text, for the bundle's own tests. */
    static Map<String, String> all() {
        return TEXTS;
    }

    private static String fill(String text, Object[] arguments) {
        Matcher placeholder = ARGUMENT.matcher(text);
        return placeholder.replaceAll(m -> {
            int index = Integer.parseInt(m.group(1));
            return Matcher.quoteReplacement(index < arguments.length ? String.valueOf(arguments[index]) : m.group());
        });
    }

    private static Map<String, String> load() {
        Map<String, String> texts = new TreeMap<>();
        try {
            for (Resource bundle : new PathMatchingResourcePatternResolver().getResources(LOCATION)) {
                Properties properties = new Properties();
                try (Reader reader = new InputStreamReader(bundle.getInputStream(), StandardCharsets.UTF_8)) {
                    properties.load(reader);
                }
                for (String key : properties.stringPropertyNames()) {
                    String before = texts.put(key, properties.getProperty(key));
                    if (before != null) {
                        throw new IllegalStateException("Message '" + key + "' is written twice (" + bundle + ")");
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the message bundles " + LOCATION, e);
        }
        return Map.copyOf(texts);
    }
}
