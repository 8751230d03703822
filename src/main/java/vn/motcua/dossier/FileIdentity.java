package vn.motcua.dossier;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Which file a process works on: its business key, which only the system sets (at reception, and
 * passed to every called process). The {@code dossierCode} variable is a copy for forms and filters;
 * a variable can be written through a task, so it never decides which file a step acts on.
 *
 * @deprecated the engine adapter's {@code vn.motcua.engine.dossier.FileIdentity} is the one to use;
 *             this copy stays only for the engine-facing classes of {@code deadline} and {@code partner}
 *             until they move into the adapter, then goes (with its line in the archunit store).
 */
@Deprecated
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
        Object variable = scope.getVariable("dossierCode");
        return variable == null ? null : variable.toString();
    }
}
