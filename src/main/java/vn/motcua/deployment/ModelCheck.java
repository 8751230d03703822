package vn.motcua.deployment;

import java.util.List;

/**
 * A rule a new deployment's resources must pass before the engine parses them. Features contribute
 * checks as beans; the one pre-deployer ({@code DeploymentGuard}, after its security inspection) runs
 * them all and refuses the deployment with a 400 naming every problem.
 */
public interface ModelCheck {

    /** Why the deployment is refused, one Vietnamese sentence, e.g. "thời gian không tính … chưa đúng". */
    String refusal();

    /** The problems of one resource (by its deployment name), none if it is fine or not of this check's kind. */
    List<ModelProblem> problems(String resource, byte[] content);
}
