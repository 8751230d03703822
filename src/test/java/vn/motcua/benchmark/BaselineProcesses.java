package vn.motcua.benchmark;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.AbstractFlowNodeBuilder;
import org.camunda.bpm.model.bpmn.builder.ProcessBuilder;

/**
 * The bare-engine baselines, generated in code and deployed to the same engine: a chain of user
 * tasks (as many wait states as a file of a procedure went through), and a task with as many timer
 * boundary events as a file's clock has on its processing, drawn the same way. No delegates,
 * listeners, forms or candidate groups of their own. (The application's parse listener for the
 * control sheet is engine-wide, so it sees these tasks too, and returns at once because they carry
 * no file code.)
 */
final class BaselineProcesses {

    private final RepositoryService repositoryService;

    BaselineProcesses(RepositoryService repositoryService) {
        this.repositoryService = repositoryService;
    }

    /** @return the process key of a start, {@code tasks} user tasks in a row and an end */
    String userTaskChain(int tasks) {
        String key = "bench-baseline-tasks-" + tasks;
        AbstractFlowNodeBuilder<?, ?> flow = process(key).startEvent("started");
        for (int i = 1; i <= tasks; i++) {
            flow = flow.userTask("task" + i).name("Bước " + i);
        }
        deploy(key, flow.endEvent("ended").done());
        return key;
    }

    /**
     * @return the process key of a start, a user task with {@code timers} non-interrupting timer boundary
     *         events on the date in variable {@code due}, each to an end: the shape of a file's clock (near
     *         due, apology, overdue on "Giải quyết hồ sơ"), so the engine treats both storms' timers alike
     */
    String boundaryTimers(int timers) {
        String key = "bench-baseline-boundary-timers-" + timers;
        var work = process(key).startEvent("started").userTask("work").name("Giải quyết");
        for (int i = 1; i <= timers; i++) {
            work.boundaryEvent("timer" + i).cancelActivity(false).timerWithDate("${due}").endEvent("ended" + i)
                    .moveToActivity("work");
        }
        deploy(key, work.endEvent("done").done());
        return key;
    }

    private static ProcessBuilder process(String key) {
        return Bpmn.createExecutableProcess(key).name("Benchmark baseline").camundaHistoryTimeToLive(1);
    }

    private void deploy(String key, BpmnModelInstance model) {
        Bpmn.validateModel(model);
        repositoryService.createDeployment().name(key).addModelInstance(key + ".bpmn", model)
                .enableDuplicateFiltering(true).deploy();
    }
}
