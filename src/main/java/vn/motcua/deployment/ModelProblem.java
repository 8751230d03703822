package vn.motcua.deployment;

import java.util.List;

import org.camunda.bpm.engine.Problem;

/** What is wrong with a deployed model, for the REST API's 400 (Camunda's ParseException names each problem). */
public record ModelProblem(String message, List<String> elementIds) implements Problem {

    @Override
    public String getMessage() {
        return message;
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
        return elementIds.isEmpty() ? null : elementIds.get(0);
    }

    @Override
    public List<String> getElementIds() {
        return elementIds;
    }
}
