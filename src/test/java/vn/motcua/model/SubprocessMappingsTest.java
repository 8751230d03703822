package vn.motcua.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.camunda.bpm.model.bpmn.Bpmn;
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
    void everyProcedurePassesTheSameNamesToTheResultAndTheFinancialObligations() throws IOException {
        for (String called : CALLED_BY_NAME) {
            Map<String, Mappings> byCaller = new TreeMap<>();
            for (Path diagram : diagrams()) {
                for (CallActivity call : Bpmn.readModelFromFile(diagram.toFile()).getModelElementsByType(CallActivity.class)) {
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
        List<String> in = new ArrayList<>();
        List<String> out = new ArrayList<>();
        var extensions = call.getExtensionElements().getElementsQuery();
        for (CamundaIn mapping : extensions.filterByType(CamundaIn.class).list()) {
            if (mapping.getCamundaBusinessKey() == null) {
                in.add(mapping.getCamundaVariables() != null ? "*all*" : mapping.getCamundaSource() + "->" + mapping.getCamundaTarget());
            }
        }
        for (CamundaOut mapping : extensions.filterByType(CamundaOut.class).list()) {
            out.add(mapping.getCamundaVariables() != null ? "*all*" : mapping.getCamundaSource() + "->" + mapping.getCamundaTarget());
        }
        return new Mappings(in.stream().map(SubprocessMappingsTest::name).toList(), out.stream().map(SubprocessMappingsTest::name).toList());
    }

    /** "x->x" is the variable x; anything else (a renaming) stays as written, so it differs from x. */
    private static String name(String mapping) {
        String[] sides = mapping.split("->");
        return sides.length == 2 && sides[0].equals(sides[1]) ? sides[0] : mapping;
    }

    private static List<Path> diagrams() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("processes"))) {
            return files.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList();
        }
    }
}
