package vn.motcua.partner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaIn;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaOut;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What an analyst picks in Camunda Modeler ("Gửi Chi cục Thuế ...") must match what the code can
 * send and answer, every partner step in the diagrams must name an operation that exists, and every
 * template must be one a diagram uses.
 */
class PartnerModelTest {

    static final Path TEMPLATES = Path.of("processes/.camunda/element-templates/partner-agencies.json");
    static final String SCHEMA = "https://unpkg.com/@camunda/element-templates-json-schema/resources/schema.json";
    static final Pattern MODELER_TEMPLATE = Pattern.compile("camunda:modelerTemplate=\"([^\"]+)\"");

    private static Map<String, String> operationByTemplateId() throws IOException {
        JsonNode templates = new ObjectMapper().readTree(Files.readString(TEMPLATES));
        Map<String, String> operations = new HashMap<>();
        for (JsonNode template : templates) {
            assertThat(template.path("name").asText()).as("a name an analyst reads").startsWith("Gửi ");
            for (JsonNode property : template.path("properties")) {
                JsonNode binding = property.path("binding");
                if ("camunda:in".equals(binding.path("type").asText()) && "partnerOperation".equals(binding.path("target").asText())) {
                    operations.put(template.path("id").asText(), property.path("value").asText());
                }
            }
        }
        return operations;
    }

    @Test
    void everyTemplateSendsAnOperationWithAnAnswerAndNoOperationHasTwoTemplates() throws IOException {
        Map<String, String> operations = operationByTemplateId();
        List<String> withCallback = Arrays.stream(PartnerOperation.values()).filter(AnswerSchema::hasCallback)
                .map(Enum::name).toList();

        assertThat(withCallback).containsAll(operations.values());
        assertThat(operations.values()).doesNotHaveDuplicates();
    }

    /** A template no diagram uses offers an analyst a partner step the office does not have. */
    @Test
    void everyTemplateIsUsedByADiagramAndNamesTheSchemaModelerChecksItAgainst() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.list(Path.of("processes"))) {
            for (Path diagram : files.filter(f -> f.toString().endsWith(".bpmn")).toList()) {
                Matcher template = MODELER_TEMPLATE.matcher(Files.readString(diagram));
                while (template.find()) {
                    used.add(template.group(1));
                }
            }
        }
        JsonNode templates = new ObjectMapper().readTree(Files.readString(TEMPLATES));
        Set<String> offered = new TreeSet<>();
        templates.forEach(template -> offered.add(template.path("id").asText()));

        assertThat(offered).as("templates in %s", TEMPLATES).containsExactlyElementsOf(used);
        for (JsonNode template : templates) {
            assertThat(template.path("$schema").asText()).as(template.path("id").asText()).isEqualTo(SCHEMA);
        }
    }

    @Test
    void everyPartnerStepInTheDiagramsNamesAKnownOperationAndItsTemplate() throws IOException {
        Map<String, String> operations = operationByTemplateId();
        List<CallActivity> partnerSteps;
        try (Stream<Path> files = Files.list(Path.of("processes"))) {
            partnerSteps = files.filter(f -> f.toString().endsWith(".bpmn"))
                    .flatMap(f -> Bpmn.readModelFromFile(f.toFile()).getModelElementsByType(CallActivity.class).stream())
                    .filter(c -> "dossier-partner-exchange".equals(c.getCalledElement())).toList();
        }
        assertThat(partnerSteps).extracting(CallActivity::getId)
                .contains("issueTaxNotice", "confirmPayment", "provideCadastralExtract", "deliverByPost");
        for (CallActivity step : partnerSteps) {
            String operation = step.getExtensionElements().getElementsQuery().filterByType(CamundaIn.class).list().stream()
                    .filter(in -> "partnerOperation".equals(in.getCamundaTarget())).map(CamundaIn::getCamundaSourceExpression)
                    .findFirst().orElse(null);
            assertThat(PartnerOperation.byName(operation)).as("%s: partnerOperation", step.getId()).isPresent();
            String template = step.getAttributeValueNs("http://camunda.org/schema/1.0/bpmn", "modelerTemplate");
            assertThat(operations.get(template)).as("%s: camunda:modelerTemplate", step.getId()).isEqualTo(operation);
            List<CamundaOut> outs = step.getExtensionElements().getElementsQuery().filterByType(CamundaOut.class).list();
            assertThat(outs).as("%s: camunda:out", step.getId()).allSatisfy(out -> {
                assertThat(out.getCamundaVariables()).as("%s: no camunda:out variables=\"all\"", step.getId()).isNull();
                assertThat(out.getCamundaTarget()).isEqualTo(out.getCamundaSource());
            });
            assertThat(outs).extracting(CamundaOut::getCamundaSource).as("%s: what the exchange gives back", step.getId())
                    .containsExactlyInAnyOrderElementsOf(answerFields(operation));
            assertThat(step.getExtensionElements().getElementsQuery().filterByType(CamundaIn.class).list().stream()
                    .filter(in -> in.getCamundaSource() != null && in.getCamundaSource().equals(in.getCamundaTarget()))
                    .map(CamundaIn::getCamundaSource).toList())
                    .as("%s: the answer fields go in too, so an answer that does not come leaves the caller's values", step.getId())
                    .containsAll(answerFields(operation));
        }
    }

    /**
     * An exchange gives back the agency's answer and nothing else: its own bookkeeping (partnerNote,
     * partnerExchangeKey...) copied into the calling process was rewritten, with its history, at every
     * exchange and again into every later subprocess (docs/benchmark.md, "Capacity at saturation"). The answer
     * fields also go in, so an exchange that ends without an answer (a rejection the leader lets pass) gives
     * back what the caller had, not nulls over it.
     */
    @Test
    void everyTemplateTakesAndGivesBackExactlyTheAnswerFieldsOfItsOperation() throws IOException {
        JsonNode templates = new ObjectMapper().readTree(Files.readString(TEMPLATES));
        Map<String, String> operations = operationByTemplateId();
        for (JsonNode template : templates) {
            List<String> outs = new ArrayList<>();
            List<String> ins = new ArrayList<>();
            for (JsonNode property : template.path("properties")) {
                JsonNode binding = property.path("binding");
                if ("camunda:in".equals(binding.path("type").asText()) && !binding.path("expression").asBoolean()
                        && property.path("value").asText().equals(binding.path("target").asText())) {
                    ins.add(binding.path("target").asText());
                }
                if ("camunda:out".equals(binding.path("type").asText())) {
                    assertThat(binding.has("variables")).as("%s: camunda:out variables", template.path("id").asText()).isFalse();
                    assertThat(property.path("value").asText()).as("target").isEqualTo(binding.path("source").asText());
                    outs.add(binding.path("source").asText());
                }
            }
            List<String> fields = answerFields(operations.get(template.path("id").asText()));
            assertThat(outs).as(template.path("id").asText()).containsExactlyInAnyOrderElementsOf(fields);
            assertThat(ins).as(template.path("id").asText() + ": the answer fields go in too").containsAll(fields);
        }
    }

    private static List<String> answerFields(String operation) {
        return AnswerSchema.fieldsOf(PartnerOperation.byName(operation).orElseThrow()).stream().map(AnswerSchema.Field::name)
                .toList();
    }
}
