package vn.motcua.partner;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import vn.motcua.system.ApiError;
import vn.motcua.system.Messages;
import vn.motcua.system.PlainText;

/**
 * What an agency's answer must carry for each operation. Only these fields become process
 * variables, so a callback can never overwrite a variable the diagram decides on.
 */
final class AnswerSchema {

    enum Type { TEXT, NUMBER, DATE }

    record Field(String name, Type type, boolean required) {
    }

    static final int MAX_TEXT = 500;

    private static final Map<PartnerOperation, List<Field>> FIELDS = Map.ofEntries(
            Map.entry(PartnerOperation.CADASTRAL_EXTRACT, List.of(text("extractNumber"), number("parcelAreaM2"))),
            Map.entry(PartnerOperation.CADASTRAL_SURVEY, List.of(text("surveyNumber"), number("surveyedAreaM2"),
                    new Field("newParcelCount", Type.NUMBER, false))),
            Map.entry(PartnerOperation.RECORD_UPDATE, List.of(text("certificateNumber"))),
            Map.entry(PartnerOperation.CERTIFICATE_PRINTING, List.of(text("certificateNumber"),
                    new Field("certificateRegistryNumber", Type.TEXT, false))),
            Map.entry(PartnerOperation.FINANCIAL_OBLIGATION_NOTICE, List.of(text("taxNoticeNumber"), number("taxAmount"))),
            Map.entry(PartnerOperation.PAYMENT_CONFIRMATION, List.of(text("paymentReference"), date("paidOn"))),
            Map.entry(PartnerOperation.LAND_ORIGIN_CONFIRMATION, List.of(text("currentUse"), text("landOrigin"),
                    text("disputeStatus"))),
            Map.entry(PartnerOperation.PUBLIC_POSTING, List.of(text("postingPlace"), date("postedOn"))),
            Map.entry(PartnerOperation.RESULT_DELIVERY, List.of(date("deliveredOn"), text("receivedBy"))));

    private AnswerSchema() {
    }

    static boolean hasCallback(PartnerOperation operation) {
        return FIELDS.containsKey(operation);
    }

    static List<Field> fieldsOf(PartnerOperation operation) {
        return FIELDS.getOrDefault(operation, List.of());
    }

    /**
     * The answer's data as process variables, or every problem at once.
     *
     * @param done whether the agency did what was asked (then the required fields must be there)
     */
    static Map<String, Object> read(PartnerOperation operation, JsonNode data, boolean done, List<ApiError.FieldProblem> problems) {
        Map<String, Object> values = new LinkedHashMap<>();
        List<String> known = new ArrayList<>();
        for (Field field : fieldsOf(operation)) {
            known.add(field.name());
            JsonNode value = data == null ? null : data.get(field.name());
            if (value == null || value.isNull()) {
                if (done && field.required()) {
                    problems.add(new ApiError.FieldProblem("data." + field.name(), Messages.text("partner.answer.missingField", field.name())));
                }
                continue;
            }
            Object parsed = parse(field, value, problems);
            if (parsed != null) {
                values.put(field.name(), parsed);
            }
        }
        if (data != null) {
            data.fieldNames().forEachRemaining(name -> {
                if (!known.contains(name)) {
                    problems.add(new ApiError.FieldProblem("data." + name, Messages.text("partner.answer.unknownField", name, operation.name())));
                }
            });
        }
        return values;
    }

    private static Object parse(Field field, JsonNode value, List<ApiError.FieldProblem> problems) {
        String where = "data." + field.name();
        switch (field.type()) {
            case TEXT -> {
                if (!value.isTextual() || value.asText().isBlank() || value.asText().length() > MAX_TEXT) {
                    problems.add(new ApiError.FieldProblem(where, Messages.text("partner.answer.badText", field.name(), MAX_TEXT)));
                    return null;
                }
                // Printed on letters (who received the result, certificate numbers): one plain line.
                PlainText.Problem problem = PlainText.problem(value.asText(), false);
                if (problem != null) {
                    problems.add(new ApiError.FieldProblem(where, PlainText.reason("'" + field.name() + "'", problem)));
                    return null;
                }
                return value.asText().trim();
            }
            case NUMBER -> {
                if (!value.isNumber() || value.decimalValue().signum() < 0
                        || value.decimalValue().compareTo(BigDecimal.valueOf(1_000_000_000_000L)) > 0) {
                    problems.add(new ApiError.FieldProblem(where, Messages.text("partner.answer.badNumber", field.name())));
                    return null;
                }
                return value.isIntegralNumber() ? (Object) value.longValue() : (Object) value.doubleValue();
            }
            case DATE -> {
                try {
                    return LocalDate.parse(value.asText()).toString();
                } catch (DateTimeParseException e) {
                    problems.add(new ApiError.FieldProblem(where, Messages.text("partner.answer.badDate", field.name())));
                    return null;
                }
            }
            default -> throw new IllegalStateException(field.type().name());
        }
    }

    private static Field text(String name) {
        return new Field(name, Type.TEXT, true);
    }

    private static Field number(String name) {
        return new Field(name, Type.NUMBER, true);
    }

    private static Field date(String name) {
        return new Field(name, Type.DATE, true);
    }
}
