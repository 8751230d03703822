package vn.motcua.procedure;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;

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
 * A diagram that stops a file's clock must say for which period the law does not count, and that
 * period must be one the time-limit tables give its procedure ({@link ProcedureCatalogue#pauseProblems}).
 * Otherwise the deployment is refused before the engine parses it (the REST API answers 400 with each
 * element), instead of a file failing on the day it reaches that step.
 */
@Component
class PausePeriodGuard extends AbstractProcessEnginePlugin {

    private static final Logger log = LoggerFactory.getLogger(PausePeriodGuard.class);

    private final ProcedureCatalogue catalogue;

    PausePeriodGuard(ProcedureCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<Deployer> before = configuration.getCustomPreDeployers() == null ? new ArrayList<>()
                : new ArrayList<>(configuration.getCustomPreDeployers());
        before.add(this::inspect);
        configuration.setCustomPreDeployers(before);
    }

    private void inspect(DeploymentEntity deployment) {
        if (!deployment.isNew()) {
            return;
        }
        Map<String, ResourceEntity> resources = deployment.getResources() == null ? Map.of() : deployment.getResources();
        List<String> problems = new ArrayList<>();
        String first = null;
        for (Map.Entry<String, ResourceEntity> resource : resources.entrySet()) {
            String name = resource.getKey().toLowerCase(Locale.ROOT);
            if (name.endsWith(".bpmn") || name.endsWith(".bpmn20.xml")) {
                List<String> own = catalogue.pauseProblems(resource.getKey(), resource.getValue().getBytes());
                if (!own.isEmpty() && first == null) {
                    first = resource.getKey();
                }
                problems.addAll(own);
            }
        }
        if (problems.isEmpty()) {
            return;
        }
        log.warn("Deployment '{}' refused: {}", deployment.getName(), problems);
        List<Problem> listed = problems.stream().map(p -> (Problem) new ModelProblem(p, List.of())).toList();
        throw new ParseException("Không triển khai được: thời gian không tính vào thời hạn chưa đúng bảng thời hạn. "
                + String.join(" ", problems), first, listed, List.of());
    }
}
