package vn.motcua.deployment;

import java.util.List;

/**
 * What is wrong with a deployed model, for the REST API's 400: the engine adapter hands each one to
 * the engine as one of the problems its refusal names.
 */
public record ModelProblem(String message, List<String> elementIds) {
}
