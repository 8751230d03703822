package vn.motcua.engine.deployment;

import java.util.List;

import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.Problem;

import vn.motcua.deployment.ModelProblem;

/**
 * A refused deployment as the engine reports it: a {@link ParseException}, which the REST API answers
 * with 400 and every problem (message, element ids).
 */
public final class ModelRefusal {

    private ModelRefusal() {
    }

    public static ParseException of(String message, String resource, List<ModelProblem> problems) {
        return new ParseException(message, resource, problems.stream().<Problem>map(EngineProblem::new).toList(),
                List.of());
    }

    private record EngineProblem(ModelProblem problem) implements Problem {

        @Override
        public String getMessage() {
            return problem.message();
        }

        @Override
        public int getLine() {
            return 0;
        }

        @Override
        public int getColumn() {
            return 0;
        }

        @Override
        public String getMainElementId() {
            return problem.elementIds().isEmpty() ? null : problem.elementIds().get(0);
        }

        @Override
        public List<String> getElementIds() {
            return problem.elementIds();
        }
    }
}
