package vn.motcua.demo;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The demo office's typical answers ({@link DemoAnswers}) for code outside this package, such
 * as the throughput benchmark, which completes whatever task is open with the answers for its
 * task definition key.
 */
public final class OfficerAnswers {

    private OfficerAnswers() {
    }

    public static Set<String> procedures() {
        return DemoAnswers.USUAL_PATHS.keySet();
    }

    /** The form variables an officer enters at this step; empty if the step asks for none. */
    public static Map<String, Object> forStep(String taskDefinitionKey) {
        return DemoAnswers.ANSWERS.getOrDefault(taskDefinitionKey, Map.of());
    }

    public static List<String> usualPath(String procedure) {
        return DemoAnswers.USUAL_PATHS.get(procedure);
    }
}
