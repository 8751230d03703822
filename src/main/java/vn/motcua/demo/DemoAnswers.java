package vn.motcua.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * What an officer typically enters at each step, and the steps of each procedure's usual path:
 * the demo office moves its files with them (and the process tests reuse them). They are data,
 * {@code processes/demo-answers.yaml}, so a new procedure needs no Java here.
 */
final class DemoAnswers {

    static final String RESOURCE = "processes/demo-answers.yaml";

    private DemoAnswers() {
    }

    static final Map<String, List<String>> USUAL_PATHS;
    static final Map<String, Map<String, Object>> ANSWERS;

    static {
        Map<String, Object> data = load();
        USUAL_PATHS = immutable(section(data, "usualPaths"), "usualPaths", DemoAnswers::path);
        ANSWERS = immutable(section(data, "answers"), "answers", DemoAnswers::answer);
    }

    private static Map<String, Object> load() {
        try (InputStream in = DemoAnswers.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            // SafeConstructor: plain maps, lists and scalars, never an object named by the file.
            Object root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            if (!(root instanceof Map<?, ?> map)) {
                throw new IllegalStateException(RESOURCE + " must be a mapping with usualPaths and answers");
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> typed = (Map<String, Object>) map;
            return typed;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<?, ?> section(Map<String, Object> data, String name) {
        if (!(data.get(name) instanceof Map<?, ?> section)) {
            throw new IllegalStateException(RESOURCE + ": '" + name + "' must be a mapping");
        }
        return section;
    }

    private static <V> Map<String, V> immutable(Map<?, ?> section, String name,
            BiFunction<String, Object, V> read) {
        Map<String, V> result = new LinkedHashMap<>();
        section.forEach((key, value) -> result.put(String.valueOf(key), read.apply(name + "." + key, value)));
        return Collections.unmodifiableMap(result);
    }

    private static List<String> path(String where, Object value) {
        if (!(value instanceof List<?> steps) || steps.isEmpty()) {
            throw new IllegalStateException(RESOURCE + ": " + where + " must be a non-empty list of task ids");
        }
        return steps.stream().map(String::valueOf).toList();
    }

    private static Map<String, Object> answer(String where, Object value) {
        if (!(value instanceof Map<?, ?> fields)) {
            throw new IllegalStateException(RESOURCE + ": " + where + " must be a mapping of form fields");
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        fields.forEach((field, fieldValue) -> answer.put(String.valueOf(field), fieldValue));
        return Collections.unmodifiableMap(answer);
    }
}
