package vn.motcua.deployment;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.Problem;
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

/**
 * Every user task and start event finds its Camunda Form in its own deployment
 * ({@code camunda:formRefBinding="deployment"}), but Camunda Modeler deploys a diagram alone. Before the
 * engine parses a new deployment, each form that one of its diagrams names and that it does not bring is
 * copied into it from the latest deployed version of that form: the new process version shows exactly the
 * released forms. A form deployed nowhere refuses the whole deployment (the REST API answers 400).
 * <p>
 * Runs after {@code vn.motcua.security.DeploymentGuard}, which puts itself first: the diagram is checked
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
        Map<String, List<String>> missing = new TreeMap<>();
        Set<String> brought = new HashSet<>();
        String firstDiagram = null;
        for (ResourceEntity resource : deployment.getResources().values()) {
            String name = resource.getName().toLowerCase(Locale.ROOT);
            if (name.endsWith(".bpmn") || name.endsWith(".bpmn20.xml")) {
                Map<String, List<String>> named = FormReferences.boundToDeployment(resource.getBytes());
                named.forEach((form, elements) -> missing.computeIfAbsent(form, f -> new ArrayList<>()).addAll(elements));
                firstDiagram = firstDiagram != null || named.isEmpty() ? firstDiagram : resource.getName();
            } else if (name.endsWith(".form")) {
                FormReferences.formId(resource.getBytes()).ifPresent(brought::add);
            }
        }
        missing.keySet().removeAll(brought);
        if (missing.isEmpty()) {
            return;
        }
        CommandContext context = Context.getCommandContext();
        Map<String, ResourceEntity> released = new TreeMap<>();
        Map<String, List<String>> nowhere = new TreeMap<>();
        missing.forEach((form, elements) -> {
            ResourceEntity latest = latestRelease(context, form, deployment.getTenantId());
            if (latest == null) {
                nowhere.put(form, elements);
            } else {
                released.put(form, latest);
            }
        });
        if (!nowhere.isEmpty()) {
            throw refusal(firstDiagram, nowhere);
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

    private static ParseException refusal(String diagram, Map<String, List<String>> nowhere) {
        List<Problem> problems = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        nowhere.forEach((form, elements) -> {
            String message = "biểu mẫu «" + form + "» (bước " + String.join(", ", elements.stream()
                    .map(e -> "«" + e + "»").toList()) + ") chưa được triển khai lần nào";
            parts.add(message);
            problems.add(new ModelProblem(message, elements));
        });
        return new ParseException("Không triển khai được: " + diagram + " dùng " + String.join("; ", parts)
                + ". Hãy triển khai biểu mẫu đó (tệp .form trong thư mục forms/) trước, rồi triển khai lại sơ đồ.",
                diagram, problems, List.of());
    }
}
