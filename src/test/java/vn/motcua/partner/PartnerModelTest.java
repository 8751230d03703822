package vn.motcua.partner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaIn;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What an analyst picks in Camunda Modeler ("Gửi Chi cục Thuế ...") must match what the code can
 * send and answer, and every partner step in the diagrams must name an operation that exists.
 */
class PartnerModelTest {

    static final Path TEMPLATES = Path.of("processes/.camunda/element-templates/partner-agencies.json");

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
    void everyOperationWithAnAnswerHasExactlyOneTemplateAndEveryTemplateAnOperation() throws IOException {
        Map<String, String> operations = operationByTemplateId();
        List<String> withCallback = Arrays.stream(PartnerOperation.values()).filter(AnswerSchema::hasCallback)
                .map(Enum::name).sorted().toList();

        assertThat(operations.values().stream().sorted().toList()).isEqualTo(withCallback);
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
        }
    }
}
