package vn.motcua.engine.dossier;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Which file a process works on: its business key, which only the system sets (at reception, and
 * passed to every called process). The {@code dossierCode} variable is a copy for forms and filters;
 * a variable can be written through a task, so it never decides which file a step acts on.
 */
public final class FileIdentity {

    private FileIdentity() {
    }

    /** @return the file code, or null if the process has not been registered yet */
    public static String codeOf(VariableScope scope) {
        String key = null;
        if (scope instanceof DelegateExecution execution) {
            key = execution.getProcessBusinessKey();
        } else if (scope instanceof DelegateTask task && task.getExecution() != null) {
            key = task.getExecution().getProcessBusinessKey();
        }
        if (key != null && !key.isBlank()) {
            return key;
        }
        Object variable = scope.getVariable(DossierProcess.CODE);
        return variable == null ? null : variable.toString();
    }
}
