package vn.motcua.security;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import com.fasterxml.jackson.databind.JsonNode;

import vn.motcua.system.Messages;

/**
 * Checks the variables of a task completion or a process start against the step's form: only its
 * fields, none of its read-only ones changed, and the form's own rules (required, choices, lengths,
 * pattern, numbers). Tasklist checks the same in the browser; the REST API would take anything.
 */
public final class FormSubmission {

    public record Problem(String field, String message) {
    }

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private FormSubmission() {
    }

    /**
     * @param variables the request's {@code variables} object: name → {"value": …, "type": …}
     * @param stored    the variables the step already has, for read-only fields and hide conditions
     */
    public static List<Problem> check(FormDefinition form, JsonNode variables, Map<String, Object> stored) {
        List<Problem> problems = new ArrayList<>();
        Map<String, Object> submitted = new HashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = variables.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> entry = it.next();
            JsonNode value = entry.getValue().isObject() ? entry.getValue().path("value") : entry.getValue();
            submitted.put(entry.getKey(), value.isNull() || value.isMissingNode() ? null
                    : value.isValueNode() ? value.asText() : value);
        }
        Map<String, Object> shown = new HashMap<>(stored);
        shown.putAll(submitted);

        for (String name : submitted.keySet()) {
            FormDefinition.Field field = form.fields().get(name);
            if (field == null) {
                problems.add(new Problem(name, Messages.text("security.form.notOnForm", name)));
            } else if (field.disabled() && !Objects.equals(text(submitted.get(name)), text(stored.get(name)))) {
                problems.add(new Problem(name, Messages.text("security.form.readOnly", field.shownName())));
            }
        }
        for (FormDefinition.Field field : form.fields().values()) {
            if (field.disabled() || FormDefinition.hidden(field, shown)) {
                continue;
            }
            JsonNode raw = variables.path(field.key());
            JsonNode value = raw.isObject() ? raw.path("value") : raw;
            problems.addAll(checkValue(field, value));
        }
        return problems;
    }

    private static List<Problem> checkValue(FormDefinition.Field field, JsonNode value) {
        String name = field.shownName();
        List<Problem> problems = new ArrayList<>();
        boolean empty = value.isMissingNode() || value.isNull() || (value.isTextual() && value.asText().isBlank());
        if (empty) {
            if (field.required() && !field.type().equals("checkbox")) {
                problems.add(new Problem(field.key(), Messages.text("security.form.required", lowerFirst(name))));
            } else if (field.required() && field.type().equals("checkbox")) {
                problems.add(new Problem(field.key(), Messages.text("security.form.tick", name)));
            }
            return problems;
        }
        switch (field.type()) {
            case "checkbox" -> {
                if (!value.isBoolean()) {
                    problems.add(new Problem(field.key(), Messages.text("security.form.yesOrNo", name)));
                } else if (field.required() && !value.asBoolean()) {
                    problems.add(new Problem(field.key(), Messages.text("security.form.tick", name)));
                }
            }
            case "number" -> {
                if (!value.isNumber()) {
                    problems.add(new Problem(field.key(), Messages.text("security.form.notNumber", name)));
                } else if ((field.min() != null && value.asDouble() < field.min())
                        || (field.max() != null && value.asDouble() > field.max())) {
                    problems.add(new Problem(field.key(), range(field, name)));
                }
            }
            default -> problems.addAll(checkText(field, value, name));
        }
        return problems;
    }

    private static List<Problem> checkText(FormDefinition.Field field, JsonNode value, String name) {
        List<Problem> problems = new ArrayList<>();
        if (!value.isTextual()) {
            problems.add(new Problem(field.key(), Messages.text("security.form.notText", name)));
            return problems;
        }
        String text = value.asText();
        if (field.choices() != null && !field.choices().contains(text)) {
            problems.add(new Problem(field.key(), Messages.text("security.form.notAChoice", name, abbreviate(text))));
        }
        int length = text.codePointCount(0, text.length());
        if (field.minLength() != null && length < field.minLength()) {
            problems.add(new Problem(field.key(), Messages.text("security.form.tooShort", name, field.minLength())));
        }
        if (field.maxLength() != null && length > field.maxLength()) {
            problems.add(new Problem(field.key(), Messages.text("security.form.tooLong", name, field.maxLength())));
        }
        if (field.pattern() != null && !matches(field.pattern(), text)) {
            problems.add(new Problem(field.key(), field.description() == null
                    ? Messages.text("security.form.pattern", name)
                    : Messages.text("security.form.patternDescribed", name, field.description())));
        }
        if (field.email() && !EMAIL.matcher(text).matches()) {
            problems.add(new Problem(field.key(), Messages.text("security.form.email", name)));
        }
        return problems;
    }

    private static boolean matches(String pattern, String text) {
        try {
            return Pattern.compile(pattern).matcher(text).find();
        } catch (PatternSyntaxException e) {
            // A pattern the browser would not compile either checks nothing there; nor here.
            return true;
        }
    }

    private static String range(FormDefinition.Field field, String name) {
        if (field.min() != null && field.max() != null) {
            return Messages.text("security.form.between", name, number(field.min()), number(field.max()));
        }
        return field.min() != null ? Messages.text("security.form.atLeast", name, number(field.min()))
                : Messages.text("security.form.atMost", name, number(field.max()));
    }

    private static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value).replace('.', ',');
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toLowerCase(java.util.Locale.ROOT) + text.substring(1);
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
