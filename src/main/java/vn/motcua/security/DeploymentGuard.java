package vn.motcua.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.Problem;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.motcua.deployment.ModelProblem;

/**
 * A deploy right would be a code-execution right: every expression of a deployed model runs with
 * the server's rights, even a timer's date during the deploy request. Before the engine parses a
 * new deployment, {@link ModelInspector} reads it; one finding refuses the whole deployment, which
 * the REST API answers with 400 and the findings (resource, element id, reason). Deployments the
 * engine reloads into its cache were checked when they were new.
 */
@Component
class DeploymentGuard extends AbstractProcessEnginePlugin {

    private static final Logger log = LoggerFactory.getLogger(DeploymentGuard.class);

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<Deployer> before = configuration.getCustomPreDeployers() == null ? new ArrayList<>()
                : new ArrayList<>(configuration.getCustomPreDeployers());
        before.add(0, DeploymentGuard::inspect);
        configuration.setCustomPreDeployers(before);
    }

    private static void inspect(DeploymentEntity deployment) {
        if (!deployment.isNew()) {
            return;
        }
        List<ModelInspector.Finding> findings = new ArrayList<>();
        Map<String, ResourceEntity> resources = deployment.getResources() == null ? Map.of() : deployment.getResources();
        resources.forEach((name, resource) -> findings.addAll(ModelInspector.inspect(name, resource.getBytes())));
        if (findings.isEmpty()) {
            return;
        }
        log.warn("Deployment '{}' refused: {}", deployment.getName(), findings);
        List<Problem> problems = findings.stream().map(DeploymentGuard::problem).toList();
        String summary = "Không triển khai được: mô hình dùng điều không được phép. "
                + String.join(" ", findings.stream().map(ModelInspector.Finding::message).toList());
        throw new ParseException(summary, findings.get(0).resource(), problems, List.of());
    }

    private static Problem problem(ModelInspector.Finding finding) {
        return new ModelProblem(finding.message(), finding.elementId() == null ? List.of() : List.of(finding.elementId()));
    }
}
