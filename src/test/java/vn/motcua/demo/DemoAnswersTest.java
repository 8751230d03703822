package vn.motcua.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The demo answers are data ({@code processes/demo-answers.yaml}): they load with the types a form
 * sends, every procedure of the national table has a usual path, and every step named is a user task
 * or a partner step (call activity) of a diagram, so a new procedure that forgets its path, or a renamed step, fails here.
 */
class DemoAnswersTest {

    private static final Pattern STEP = Pattern.compile("<(?:bpmn:)?(?:userTask|callActivity)\\b[^>]*\\bid=\"([^\"]+)\"");
    private static final Pattern PROCEDURE = Pattern.compile("^  ([a-z][a-z-]*):\\s*$", Pattern.MULTILINE);

    @Test
    void answersKeepTheTypesAFormSends() {
        assertThat(OfficerAnswers.forStep("issueTaxNotice")).containsEntry("taxAmount", 126_000_000);
        assertThat(OfficerAnswers.forStep("confirmLandOrigin")).containsEntry("planConformity", true);
        assertThat(OfficerAnswers.forStep("confirmPayment")).containsEntry("paidOn", "2026-11-20");
        assertThat(OfficerAnswers.forStep("approveSplit"))
                .isEqualTo(Map.of("decision", "APPROVED", "decisionNumber", "215/QĐ-UBND"));
        assertThat(OfficerAnswers.usualPath("first-certificate")).hasSize(10).endsWith("returnResult");
    }

    @Test
    void everyProcedureHasAUsualPathOfDrawnSteps() throws IOException {
        String table = Files.readString(Path.of("processes/time-limits/national.yaml"));
        String procedures = table.substring(table.indexOf("\nprocedures:"));
        Set<String> keys = new HashSet<>();
        Matcher procedure = PROCEDURE.matcher(procedures);
        while (procedure.find()) {
            keys.add(procedure.group(1));
        }
        assertThat(keys).isNotEmpty();
        assertThat(DemoAnswers.USUAL_PATHS.keySet()).containsExactlyInAnyOrderElementsOf(keys);

        Set<String> steps = new HashSet<>();
        try (Stream<Path> diagrams = Files.list(Path.of("processes"))) {
            for (Path diagram : diagrams.filter(p -> p.toString().endsWith(".bpmn")).toList()) {
                Matcher step = STEP.matcher(Files.readString(diagram));
                while (step.find()) {
                    steps.add(step.group(1));
                }
            }
        }
        DemoAnswers.USUAL_PATHS.forEach((key, path) -> assertThat(steps).as("steps of %s", key).containsAll(path));
        assertThat(steps).containsAll(DemoAnswers.ANSWERS.keySet());
    }
}
