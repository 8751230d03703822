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
                problems.add(new Problem(name, "Trường «" + name + "» không có trên biểu mẫu của bước này nên không được ghi."));
            } else if (field.disabled() && !Objects.equals(text(submitted.get(name)), text(stored.get(name)))) {
                problems.add(new Problem(name, "«" + field.shownName() + "» chỉ để xem, không được sửa."));
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
        String name = "«" + field.shownName() + "»";
        List<Problem> problems = new ArrayList<>();
        boolean empty = value.isMissingNode() || value.isNull() || (value.isTextual() && value.asText().isBlank());
        if (empty) {
            if (field.required() && !field.type().equals("checkbox")) {
                problems.add(new Problem(field.key(), "Cần ghi " + lowerFirst(field.shownName()) + "."));
            } else if (field.required() && field.type().equals("checkbox")) {
                problems.add(new Problem(field.key(), "Cần đánh dấu " + name + "."));
            }
            return problems;
        }
        switch (field.type()) {
            case "checkbox" -> {
                if (!value.isBoolean()) {
                    problems.add(new Problem(field.key(), name + " chỉ nhận có hoặc không."));
                } else if (field.required() && !value.asBoolean()) {
                    problems.add(new Problem(field.key(), "Cần đánh dấu " + name + "."));
                }
            }
            case "number" -> {
                if (!value.isNumber()) {
                    problems.add(new Problem(field.key(), name + " phải là một số."));
                } else if ((field.min() != null && value.asDouble() < field.min())
                        || (field.max() != null && value.asDouble() > field.max())) {
                    problems.add(new Problem(field.key(), name + " phải " + range(field) + "."));
                }
            }
            default -> problems.addAll(checkText(field, value, name));
        }
        return problems;
    }

    private static List<Problem> checkText(FormDefinition.Field field, JsonNode value, String name) {
        List<Problem> problems = new ArrayList<>();
        if (!value.isTextual()) {
            problems.add(new Problem(field.key(), name + " phải là chữ."));
            return problems;
        }
        String text = value.asText();
        if (field.choices() != null && !field.choices().contains(text)) {
            problems.add(new Problem(field.key(), name + ": giá trị «" + abbreviate(text)
                    + "» không có trong danh sách lựa chọn."));
        }
        int length = text.codePointCount(0, text.length());
        if (field.minLength() != null && length < field.minLength()) {
            problems.add(new Problem(field.key(), name + " cần ít nhất " + field.minLength() + " ký tự."));
        }
        if (field.maxLength() != null && length > field.maxLength()) {
            problems.add(new Problem(field.key(), name + " tối đa " + field.maxLength() + " ký tự."));
        }
        if (field.pattern() != null && !matches(field.pattern(), text)) {
            problems.add(new Problem(field.key(), name + " không đúng định dạng"
                    + (field.description() == null ? "." : ": " + field.description())));
        }
        if (field.email() && !EMAIL.matcher(text).matches()) {
            problems.add(new Problem(field.key(), name + " không phải địa chỉ thư điện tử hợp lệ."));
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

    private static String range(FormDefinition.Field field) {
        if (field.min() != null && field.max() != null) {
            return "từ " + number(field.min()) + " đến " + number(field.max());
        }
        return field.min() != null ? "từ " + number(field.min()) + " trở lên" : "không quá " + number(field.max());
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
