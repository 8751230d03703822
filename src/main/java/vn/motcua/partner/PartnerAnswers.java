package vn.motcua.partner;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.motcua.dossier.DossierRegister;
import vn.motcua.dossier.DossierService;
import vn.motcua.dossier.Handovers;
import vn.motcua.system.ApiError;
import vn.motcua.system.ConflictException;
import vn.motcua.system.Messages;
import vn.motcua.system.TimeSource;
import vn.motcua.system.GoneException;
import vn.motcua.system.InvalidRequestException;
import vn.motcua.system.NotFoundException;
import vn.motcua.system.PlainText;

/**
 * An agency's answer to a request: checked, stored once, and delivered to exactly the process
 * that waits for it ({@link AnswerDelivery}). An unknown, duplicate, late or malformed answer is
 * refused with the reason and changes nothing.
 */
@Service
public class PartnerAnswers {

    static final String EVENT_ANSWERED = "PARTNER_ANSWERED";

    public enum Outcome { DONE, REJECTED }

    private final PartnerExchanges exchanges;
    private final DossierService dossiers;
    private final DossierRegister register;
    private final Handovers handovers;
    private final AnswerDelivery delivery;
    private final TimeSource clock;
    private final ObjectMapper json;

    PartnerAnswers(PartnerExchanges exchanges, DossierService dossiers, DossierRegister register, Handovers handovers,
            AnswerDelivery delivery, TimeSource clock, ObjectMapper json) {
        this.exchanges = exchanges;
        this.dossiers = dossiers;
        this.register = register;
        this.handovers = handovers;
        this.delivery = delivery;
        this.clock = clock;
        this.json = json;
    }

    /** @return the exchange answered, and whether its process moved on at once */
    @Transactional
    public Answered answer(Agency agency, String body) {
        JsonNode root = parse(body);
        String key = requiredText(root, "exchangeId", 64);
        PartnerExchange exchange = exchanges.lock(key).filter(e -> e.agency() == agency)
                .orElseThrow(() -> new NotFoundException(Messages.text("partner.answer.noSuchRequest", key, agency.displayName())));
        Map<String, Object> variables = variables(exchange.operation(), root);
        String digest = CallbackSignature.digest(body);
        switch (exchange.status()) {
            case ANSWERED -> throw new ConflictException(digest.equals(exchange.answerDigest())
                    ? Messages.text("partner.answer.duplicate")
                    : Messages.text("partner.answer.secondAnswer", key));
            case CANCELLED -> throw late(key);
            default -> { }
        }
        if (!delivery.running(exchange.processInstanceId())) {
            exchanges.cancelIfWaiting(key);
            throw late(key);
        }
        Instant now = clock.now();
        exchanges.markAnswered(key, variables.get("partnerOutcome").toString(), write(variables), digest, now);
        handovers.finished(exchange.handoverId(), null, now, exchange.dueAt());
        register.recordEvent(dossiers.get(exchange.dossierCode()), EVENT_ANSWERED, Messages.text("partner.event.answered",
                agency.displayName(), exchange.operation().displayName(), label(variables.get("partnerOutcome").toString())),
                agency.id(), now);
        boolean moved = delivery.deliverIfWaiting(exchange.processInstanceId(), variables);
        return new Answered(key, exchange.dossierCode(), moved);
    }

    public record Answered(String exchangeId, String dossierCode, boolean moved) {
    }

    /** The variables of a stored answer, for a process that had not started waiting when it came. */
    public Map<String, Object> storedVariables(String key) {
        PartnerExchange exchange = exchanges.find(key).orElseThrow(() -> new IllegalStateException("No exchange " + key));
        try {
            return exchange.answer() == null ? Map.of() : json.readValue(exchange.answer(), new TypeReference<>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored answer of " + key + " is not JSON", e);
        }
    }

    private Map<String, Object> variables(PartnerOperation operation, JsonNode root) {
        List<ApiError.FieldProblem> problems = new ArrayList<>();
        Outcome outcome = null;
        String outcomeText = root.path("outcome").asText("");
        try {
            outcome = Outcome.valueOf(outcomeText);
        } catch (IllegalArgumentException e) {
            problems.add(new ApiError.FieldProblem("outcome", Messages.text("partner.answer.badOutcome")));
        }
        String note = optionalText(root, "note", AnswerSchema.MAX_TEXT, problems);
        String reference = optionalText(root, "reference", 100, problems);
        if (outcome == Outcome.REJECTED && note == null) {
            problems.add(new ApiError.FieldProblem("note", Messages.text("partner.answer.rejectedWithoutNote")));
        }
        JsonNode data = root.get("data");
        if (data != null && !data.isNull() && !data.isObject()) {
            problems.add(new ApiError.FieldProblem("data", Messages.text("partner.answer.dataNotObject")));
            data = null;
        }
        Map<String, Object> values = new LinkedHashMap<>(AnswerSchema.read(operation, data, outcome == Outcome.DONE, problems));
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        values.put("partnerOutcome", outcome.name());
        values.put("partnerNote", note);
        values.put("partnerReference", reference);
        return values;
    }

    private JsonNode parse(String body) {
        try {
            JsonNode root = body == null || body.isBlank() ? null : json.readTree(body);
            if (root == null || !root.isObject()) {
                throw new InvalidRequestException("body", Messages.text("partner.answer.bodyNotObject"));
            }
            return root;
        } catch (JsonProcessingException e) {
            throw new InvalidRequestException("body", Messages.text("partner.answer.notJson"));
        }
    }

    private static String requiredText(JsonNode root, String field, int max) {
        JsonNode value = root.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank() || value.asText().length() > max) {
            throw new InvalidRequestException(field, Messages.text("partner.answer.badField", field));
        }
        return value.asText();
    }

    private static String optionalText(JsonNode root, String field, int max, List<ApiError.FieldProblem> problems) {
        JsonNode value = root.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual() || value.asText().length() > max) {
            problems.add(new ApiError.FieldProblem(field, Messages.text("partner.answer.tooLong", field, max)));
            return null;
        }
        PlainText.Problem problem = PlainText.problem(value.asText(), true);
        if (problem != null) {
            problems.add(new ApiError.FieldProblem(field, PlainText.reason("'" + field + "'", problem)));
            return null;
        }
        return value.asText().isBlank() ? null : value.asText().trim();
    }

    private String write(Map<String, Object> variables) {
        try {
            return json.writeValueAsString(variables);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static GoneException late(String key) {
        return new GoneException(Messages.text("partner.answer.late", key));
    }

    private static String label(String outcome) {
        return Messages.text("partner.outcome." + (Outcome.DONE.name().equals(outcome) ? Outcome.DONE : Outcome.REJECTED));
    }
}
