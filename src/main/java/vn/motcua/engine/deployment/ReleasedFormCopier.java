package vn.motcua.engine.deployment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.CamundaFormDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.ResourceTypes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.motcua.deployment.MissingForms;

/**
 * Every user task and start event finds its Camunda Form in its own deployment
 * ({@code camunda:formRefBinding="deployment"}), but Camunda Modeler deploys a diagram alone. Before the
 * engine parses a new deployment, each form that one of its diagrams names and that it does not bring is
 * copied into it from the latest deployed version of that form: the new process version shows exactly the
 * released forms. A form deployed nowhere refuses the whole deployment (the REST API answers 400).
 * <p>
 * Which forms are missing is {@link MissingForms} (no engine types). Runs after
 * {@code vn.motcua.engine.security.DeploymentGuard}, which puts itself first: the diagram is checked
 * before anything here reads it, and each copied form was checked when it was deployed. Deployments the
 * engine reloads into its cache are not new and are left as they are.
 */
@Component
class ReleasedFormCopier extends AbstractProcessEnginePlugin {

    private static final Logger log = LoggerFactory.getLogger(ReleasedFormCopier.class);

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<Deployer> before = configuration.getCustomPreDeployers() == null ? new ArrayList<>()
                : new ArrayList<>(configuration.getCustomPreDeployers());
        before.add(ReleasedFormCopier::completeForms);
        configuration.setCustomPreDeployers(before);
    }

    static void completeForms(DeploymentEntity deployment) {
        if (!deployment.isNew() || deployment.getResources() == null) {
            return;
        }
        Map<String, byte[]> resources = new LinkedHashMap<>();
        deployment.getResources().values().forEach(resource -> resources.put(resource.getName(), resource.getBytes()));
        MissingForms missing = MissingForms.of(resources);
        if (missing.none()) {
            return;
        }
        CommandContext context = Context.getCommandContext();
        Map<String, ResourceEntity> released = new TreeMap<>();
        Map<String, List<String>> nowhere = new TreeMap<>();
        missing.forms().forEach((form, elements) -> {
            ResourceEntity latest = latestRelease(context, form, deployment.getTenantId());
            if (latest == null) {
                nowhere.put(form, elements);
            } else {
                released.put(form, latest);
            }
        });
        if (!nowhere.isEmpty()) {
            MissingForms.Refusal refusal = MissingForms.refusal(missing.firstDiagram(), nowhere);
            throw ModelRefusal.of(refusal.message(), missing.firstDiagram(), refusal.problems());
        }
        released.forEach((form, source) -> copy(context, source, deployment));
        log.info("Deployment '{}' brought no form for {}: the latest deployed versions were added to it",
                deployment.getName(), released.keySet());
    }

    private static ResourceEntity latestRelease(CommandContext context, String form, String tenantId) {
        CamundaFormDefinitionEntity latest = context.getCamundaFormDefinitionManager()
                .findLatestDefinitionByKeyAndTenantId(form, tenantId);
        return latest == null ? null : context.getResourceManager()
                .findResourceByDeploymentIdAndResourceName(latest.getDeploymentId(), latest.getResourceName());
    }

    /** The engine stored the deployment's own resources before the deployers run: the copy is stored here. */
    private static void copy(CommandContext context, ResourceEntity source, DeploymentEntity deployment) {
        ResourceEntity copy = new ResourceEntity();
        copy.setName(freeName(deployment, fileName(source.getName())));
        copy.setBytes(source.getBytes());
        copy.setDeploymentId(deployment.getId());
        copy.setTenantId(deployment.getTenantId());
        copy.setType(ResourceTypes.REPOSITORY.getValue());
        copy.setCreateTime(ClockUtil.getCurrentTime());
        context.getResourceManager().insertResource(copy);
        deployment.addResource(copy);
    }

    /** Older deployments of the release were named by a build folder's absolute path. */
    private static String fileName(String resourceName) {
        return resourceName.substring(Math.max(resourceName.lastIndexOf('/'), resourceName.lastIndexOf('\\')) + 1);
    }

    private static String freeName(DeploymentEntity deployment, String name) {
        return deployment.getResource(name) == null ? name : "released/" + name;
    }
}
