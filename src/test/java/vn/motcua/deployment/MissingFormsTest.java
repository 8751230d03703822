package vn.motcua.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** A diagram deployed alone from Camunda Modeler: which of its forms the engine adapter must copy in. */
class MissingFormsTest {

    private static final String DIAGRAM = """
            <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
                         xmlns:camunda="http://camunda.org/schema/1.0/bpmn">
              <process id="p">
                <startEvent id="start" camunda:formRef="receive-file" camunda:formRefBinding="deployment"/>
                <userTask id="appraise" camunda:formRef="appraise-file" camunda:formRefBinding="deployment"/>
                <userTask id="sign" camunda:formRef="appraise-file" camunda:formRefBinding="deployment"/>
                <userTask id="latest" camunda:formRef="other" camunda:formRefBinding="latest"/>
                <userTask id="dynamic" camunda:formRef="${form}" camunda:formRefBinding="deployment"/>
              </process>
            </definitions>
            """;

    @Test
    void namesTheFormsBoundToTheDeploymentThatItDoesNotBring() {
        Map<String, byte[]> resources = new LinkedHashMap<>();
        resources.put("notes.txt", bytes("không phải sơ đồ"));
        resources.put("Appraise.BPMN", bytes(DIAGRAM));
        resources.put("receive-file.form", bytes("{\"id\": \"receive-file\", \"components\": []}"));

        MissingForms missing = MissingForms.of(resources);

        assertThat(missing.none()).isFalse();
        assertThat(missing.firstDiagram()).isEqualTo("Appraise.BPMN");
        assertThat(missing.forms()).containsExactly(Map.entry("appraise-file", List.of("appraise", "sign")));
    }

    @Test
    void aDeploymentThatBringsItsFormsLacksNone() {
        Map<String, byte[]> resources = new LinkedHashMap<>();
        resources.put("a.bpmn", bytes(DIAGRAM));
        resources.put("receive.form", bytes("{\"id\": \"receive-file\"}"));
        resources.put("appraise.form", bytes("{\"id\": \"appraise-file\"}"));

        assertThat(MissingForms.of(resources).none()).isTrue();
        assertThat(MissingForms.of(Map.of("broken.bpmn", bytes("<not xml"))).none()).isTrue();
    }

    @Test
    void aRefusalNamesEachFormAndItsStepsAndSaysWhatToDo() {
        MissingForms.Refusal refusal = MissingForms.refusal("a.bpmn", Map.of("appraise-file", List.of("appraise", "sign")));

        assertThat(refusal.message()).startsWith("Không triển khai được: a.bpmn dùng biểu mẫu «appraise-file» "
                + "(bước «appraise», «sign») chưa được triển khai lần nào.").contains("thư mục forms/");
        assertThat(refusal.problems()).containsExactly(new ModelProblem(
                "biểu mẫu «appraise-file» (bước «appraise», «sign») chưa được triển khai lần nào", List.of("appraise", "sign")));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
