package vn.motcua.engine.letter;

import org.camunda.bpm.engine.impl.context.BpmnExecutionContext;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.stereotype.Component;

import vn.motcua.letter.ExecutionVariables;

/**
 * The running step's form values for letters ({@link ExecutionVariables}): reads the current BPMN
 * execution on this thread, no engine command, so no authorization check and nothing that could fail
 * the step's transaction.
 */
@Component
class CamundaExecutionVariables implements ExecutionVariables {

    @Override
    public String text(String name) {
        BpmnExecutionContext context = Context.getBpmnExecutionContext();
        if (context == null || context.getExecution() == null) {
            return null;
        }
        Object value = context.getExecution().getVariable(name);
        return value == null || value.toString().isBlank() ? null : value.toString().strip();
    }
}
