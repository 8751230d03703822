package vn.motcua.deployment;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import vn.motcua.system.Messages;

/**
 * The Camunda Forms a new deployment's diagrams bind to their own deployment
 * ({@code camunda:formRefBinding="deployment"}) and that it does not bring: Camunda Modeler deploys a
 * diagram alone, so the engine adapter copies each of them from its latest release. Read from the
 * resources' bytes only; which forms were released is the adapter's question.
 *
 * @param firstDiagram the first diagram that names a form, the resource a refusal points at
 * @param forms        each missing form id and the ids of the elements that name it
 */
public record MissingForms(String firstDiagram, Map<String, List<String>> forms) {

    /** @param resources the deployment's resources by name, in the deployment's order */
    public static MissingForms of(Map<String, byte[]> resources) {
        Map<String, List<String>> missing = new TreeMap<>();
        Set<String> brought = new HashSet<>();
        String firstDiagram = null;
        for (Map.Entry<String, byte[]> resource : resources.entrySet()) {
            String name = resource.getKey().toLowerCase(Locale.ROOT);
            if (name.endsWith(".bpmn") || name.endsWith(".bpmn20.xml")) {
                Map<String, List<String>> named = FormReferences.boundToDeployment(resource.getValue());
                named.forEach((form, elements) -> missing.computeIfAbsent(form, f -> new ArrayList<>()).addAll(elements));
                firstDiagram = firstDiagram != null || named.isEmpty() ? firstDiagram : resource.getKey();
            } else if (name.endsWith(".form")) {
                FormReferences.formId(resource.getValue()).ifPresent(brought::add);
            }
        }
        missing.keySet().removeAll(brought);
        return new MissingForms(firstDiagram, missing);
    }

    public boolean none() {
        return forms.isEmpty();
    }

    /**
     * Why the deployment is refused when some of its forms were deployed nowhere: the message (with what
     * to do) and one problem per form.
     *
     * @param nowhere the forms no earlier deployment holds, and the elements naming them
     */
    public static Refusal refusal(String diagram, Map<String, List<String>> nowhere) {
        List<ModelProblem> problems = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        nowhere.forEach((form, elements) -> {
            String message = Messages.text("deployment.missingForm.form", form, String.join(", ", elements.stream()
                    .map(e -> "«" + e + "»").toList()));
            parts.add(message);
            problems.add(new ModelProblem(message, elements));
        });
        return new Refusal(Messages.text("deployment.missingForm.refusal", diagram, String.join("; ", parts)),
                problems);
    }

    public record Refusal(String message, List<ModelProblem> problems) {
    }
}
