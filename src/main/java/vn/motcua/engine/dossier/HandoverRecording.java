package vn.motcua.engine.dossier;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

import vn.motcua.dossier.Handovers;
import vn.motcua.system.TimeSource;
import vn.motcua.workqueue.WorkQueue;

/**
 * Puts every user task of every deployed diagram on the control sheet, so an analyst adding a
 * step in Modeler cannot forget the accountability the seeds ask for "per step"; and keeps every task in
 * its groups' work queue.
 */
@Component
class HandoverRecording extends AbstractProcessEnginePlugin {

    private static final String[] EVENTS = {TaskListener.EVENTNAME_CREATE, TaskListener.EVENTNAME_ASSIGNMENT,
            TaskListener.EVENTNAME_UPDATE, TaskListener.EVENTNAME_COMPLETE, TaskListener.EVENTNAME_DELETE};

    private final HandoverListener listener;
    private final WorkQueueListener queue;

    HandoverRecording(Handovers handovers, WorkQueue workQueue, TimeSource clock) {
        this.listener = new HandoverListener(handovers, clock);
        this.queue = new WorkQueueListener(workQueue);
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
        listeners.add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
                var definition = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
                for (String event : EVENTS) {
                    definition.addBuiltInTaskListener(event, listener);
                    definition.addBuiltInTaskListener(event, queue);
                }
            }
        });
        configuration.setCustomPostBPMNParseListeners(listeners);
    }
}
