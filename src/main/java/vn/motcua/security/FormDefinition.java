package vn.motcua.security;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

/** The fields of a Camunda Form (form-js JSON) and the rules the browser checks, so the server checks them too. */
public record FormDefinition(Map<String, Field> fields) {

    /**
     * @param hiddenWhen the FEEL condition that hides the field, as "=key != \"VALUE\"" or "=key = \"VALUE\"";
     *                   other conditions are kept as text and make the field optional
     */
    record Field(String key, String type, String label, String description, boolean required, boolean disabled,
            Integer minLength, Integer maxLength, String pattern, boolean email, Double min, Double max,
            List<String> choices, String hiddenWhen) {

        String shownName() {
            return label == null || label.isBlank() ? key : label;
        }
    }

    private static final Pattern SIMPLE_CONDITION = Pattern.compile(
            "^=\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*(!=|=)\\s*\"([^\"]*)\"\\s*$");

    public static FormDefinition parse(JsonNode form) {
        Map<String, Field> fields = new LinkedHashMap<>();
        collect(form.path("components"), fields);
        return new FormDefinition(fields);
    }

    private static void collect(JsonNode components, Map<String, Field> fields) {
        for (JsonNode component : components) {
            if (component.has("components")) {
                collect(component.path("components"), fields);
            }
            String key = component.path("key").asText(null);
            if (key == null || key.isBlank()) {
                continue;
            }
            JsonNode validate = component.path("validate");
            List<String> choices = new ArrayList<>();
            component.path("values").forEach(v -> choices.add(v.path("value").asText()));
            String label = component.path("label").asText(component.path("dateLabel").asText(null));
            fields.put(key, new Field(key, component.path("type").asText(), label,
                    component.path("description").asText(null), validate.path("required").asBoolean(false),
                    component.path("disabled").asBoolean(false) || component.path("readonly").asBoolean(false),
                    intOrNull(validate.path("minLength")), intOrNull(validate.path("maxLength")),
                    validate.path("pattern").asText(null), "email".equals(validate.path("validationType").asText()),
                    numberOrNull(validate.path("min")), numberOrNull(validate.path("max")),
                    choices.isEmpty() ? null : List.copyOf(choices),
                    component.path("conditional").path("hide").asText(null)));
        }
    }

    /**
     * @param values the values the form would show: the submitted ones over the stored ones
     * @return whether the field is hidden; a condition this reader does not understand counts as hidden,
     *         so the server never asks for more than the browser did
     */
    static boolean hidden(Field field, Map<String, Object> values) {
        if (field.hiddenWhen() == null || field.hiddenWhen().isBlank()) {
            return false;
        }
        Matcher m = SIMPLE_CONDITION.matcher(field.hiddenWhen());
        if (!m.matches()) {
            return true;
        }
        Object value = values.get(m.group(1));
        boolean equal = value != null && value.toString().equals(m.group(3));
        return m.group(2).equals("=") ? equal : !equal;
    }

    private static Integer intOrNull(JsonNode node) {
        return node.isNumber() ? node.asInt() : null;
    }

    private static Double numberOrNull(JsonNode node) {
        return node.isNumber() ? node.asDouble() : null;
    }
}
