package vn.motcua.architecture.breaking;

import org.camunda.bpm.engine.RuntimeService;

/** A feature class as the structure rules forbid it: it talks to the engine itself. Only StructureRulesBiteTest reads it. */
public class FeatureCallingTheEngine {

    public long runningInstances(RuntimeService runtime) {
        return runtime.createProcessInstanceQuery().count();
    }
}
