package vn.motcua.engine.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.motcua.deployment.ModelCheck;
import vn.motcua.deployment.ModelProblem;
import vn.motcua.engine.deployment.ModelRefusal;
import vn.motcua.security.ModelInspector;
import vn.motcua.system.Messages;

/**
 * A deploy right would be a code-execution right: every expression of a deployed model runs with
 * the server's rights, even a timer's date during the deploy request. Before the engine parses a
 * new deployment, {@link ModelInspector} reads it; one finding refuses the whole deployment, which
 * the REST API answers with 400 and the findings (resource, element id, reason). Deployments the
 * engine reloads into its cache were checked when they were new. The features' own {@link ModelCheck}s
 * (e.g. a clock stop's period) run next, in the same pre-deployer.
 */
@Component
class DeploymentGuard extends AbstractProcessEnginePlugin {

    private static final Logger log = LoggerFactory.getLogger(DeploymentGuard.class);

    private final List<ModelCheck> checks;

    DeploymentGuard(List<ModelCheck> checks) {
        this.checks = checks;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<Deployer> before = configuration.getCustomPreDeployers() == null ? new ArrayList<>()
                : new ArrayList<>(configuration.getCustomPreDeployers());
        before.add(0, this::inspect);
        configuration.setCustomPreDeployers(before);
    }

    /** The security inspection first: the features' checks read models only once they are known safe. */
    private void inspect(DeploymentEntity deployment) {
        if (!deployment.isNew()) {
            return;
        }
        Map<String, ResourceEntity> resources = deployment.getResources() == null ? Map.of() : deployment.getResources();
        List<ModelInspector.Finding> findings = new ArrayList<>();
        resources.forEach((name, resource) -> findings.addAll(ModelInspector.inspect(name, resource.getBytes())));
        if (!findings.isEmpty()) {
            log.warn("Deployment '{}' refused: {}", deployment.getName(), findings);
            refuse(Messages.text("security.deploy.forbiddenModel"), findings.get(0).resource(),
                    findings.stream().map(DeploymentGuard::problem).toList());
        }
        for (ModelCheck check : checks) {
            List<ModelProblem> problems = new ArrayList<>();
            String first = null;
            for (Map.Entry<String, ResourceEntity> resource : resources.entrySet()) {
                List<ModelProblem> own = check.problems(resource.getKey(), resource.getValue().getBytes());
                first = first == null && !own.isEmpty() ? resource.getKey() : first;
                problems.addAll(own);
            }
            if (!problems.isEmpty()) {
                log.warn("Deployment '{}' refused: {}", deployment.getName(), problems);
                refuse(check.refusal(), first, problems);
            }
        }
    }

    private static void refuse(String why, String resource, List<ModelProblem> problems) {
        String summary = Messages.text("security.deploy.refused", why,
                String.join(" ", problems.stream().map(ModelProblem::message).toList()));
        throw ModelRefusal.of(summary, resource, problems);
    }

    private static ModelProblem problem(ModelInspector.Finding finding) {
        return new ModelProblem(finding.message(), finding.elementId() == null ? List.of() : List.of(finding.elementId()));
    }
}
