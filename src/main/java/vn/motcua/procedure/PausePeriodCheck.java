package vn.motcua.procedure;

import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

import vn.motcua.deployment.ModelCheck;
import vn.motcua.deployment.ModelProblem;
import vn.motcua.system.Messages;

/**
 * A diagram that stops a file's clock must say for which period the law does not count, and that
 * period must be one the time-limit tables give its procedure ({@link ProcedureCatalogue#pauseProblems}).
 * Otherwise the deployment is refused, instead of a file failing on the day it reaches that step.
 */
@Component
class PausePeriodCheck implements ModelCheck {

    private final ProcedureCatalogue catalogue;

    PausePeriodCheck(ProcedureCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    public String refusal() {
        return Messages.text("procedure.pause.refusal");
    }

    @Override
    public List<ModelProblem> problems(String resource, byte[] content) {
        String name = resource.toLowerCase(Locale.ROOT);
        if (!name.endsWith(".bpmn") && !name.endsWith(".bpmn20.xml")) {
            return List.of();
        }
        return catalogue.pauseProblems(resource, content).stream().map(p -> new ModelProblem(p, List.of())).toList();
    }
}
