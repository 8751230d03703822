package vn.motcua.letter;

import org.camunda.bpm.engine.impl.context.BpmnExecutionContext;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.stereotype.Component;

/**
 * Form values of the step that is running, for letters whose event carries no text (the leader's
 * refusal reason, who collected the result, the certificate number). Reads the current BPMN
 * execution on this thread: no engine command, so no authorization check and nothing that could
 * fail the step's transaction. Outside a BPMN step (a file received over the API) there is none.
 */
@Component
class ExecutionVariables {

    /** The variable's text as the step sees it (its own scope and above), or null. */
    String text(String name) {
        BpmnExecutionContext context = Context.getBpmnExecutionContext();
        if (context == null || context.getExecution() == null) {
            return null;
        }
        Object value = context.getExecution().getVariable(name);
        return value == null || value.toString().isBlank() ? null : value.toString().strip();
    }

    /** The first variable among {@code names} that has text, or null. */
    String firstText(String... names) {
        for (String name : names) {
            String value = text(name);
            if (value != null) {
                return value;
            }
        }
        return null;
    }
}
