package vn.motcua.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaIn;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaOut;
import org.junit.jupiter.api.Test;

/**
 * The shared result and financial-obligation processes are called by name lists, not with every variable
 * ({@code variables="all"}): a file's variables copied into a subprocess and back cost a runtime row and
 * its history per variable and copy. Every procedure must pass the same lists, so a variable the result's
 * form or letters read and one procedure forgot cannot go missing there alone (docs/how-it-works.md).
 */
class SubprocessMappingsTest {

    private static final List<String> CALLED_BY_NAME = List.of("dossier-result", "dossier-financial-obligations");

    private record Mappings(List<String> in, List<String> out) {
    }

    @Test
    void everyProcedurePassesTheSameNamesToTheResultAndTheFinancialObligations() {
        for (String called : CALLED_BY_NAME) {
            Map<String, Mappings> byCaller = new TreeMap<>();
            for (Path diagram : ModelLintTest.bpmnFiles().toList()) {
                for (CallActivity call : ModelLintTest.model(diagram).getModelElementsByType(CallActivity.class)) {
                    if (called.equals(call.getCalledElement())) {
                        byCaller.put(diagram.getFileName() + "#" + call.getId(), mappings(call));
                    }
                }
            }
            assertThat(byCaller).as("calls of %s", called).isNotEmpty();
            Mappings first = byCaller.values().iterator().next();
            assertThat(first.in()).as("%s: what it takes", called).contains("dossierCode").doesNotContain("*all*");
            assertThat(first.out()).as("%s: what it gives back", called).doesNotContain("*all*");
            byCaller.forEach((caller, mappings) -> assertThat(mappings).as(caller).isEqualTo(first));
        }
    }

    private static Mappings mappings(CallActivity call) {
        var extensions = call.getExtensionElements().getElementsQuery();
        List<String> in = extensions.filterByType(CamundaIn.class).list().stream()
                .filter(mapping -> mapping.getCamundaBusinessKey() == null)
                .map(mapping -> name(mapping.getCamundaVariables(), mapping.getCamundaSource(), mapping.getCamundaTarget()))
                .toList();
        List<String> out = extensions.filterByType(CamundaOut.class).list().stream()
                .map(mapping -> name(mapping.getCamundaVariables(), mapping.getCamundaSource(), mapping.getCamundaTarget()))
                .toList();
        return new Mappings(in, out);
    }

    /** "*all*" for every variable; x for the variable x; "x->y" for a renaming, so that it differs from x. */
    private static String name(String variables, String source, String target) {
        if (variables != null) {
            return "*all*";
        }
        return Objects.equals(source, target) ? source : source + "->" + target; // an expression: null->target
    }
}
