package vn.motcua.engine.dossier;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

import vn.motcua.dossier.FileHeader;

/**
 * Copies the file's code, applicant and appointment onto each task as task variables: Tasklist
 * shows them as columns of every filter, and an officer may read a task's own variables but
 * (rightly) not every variable of the process instance. The file's essentials, read from the
 * register, go along for the form's header ({@link FileHeader}).
 */
class FileColumns implements TaskListener {

    static final String[] NAMES = {DossierProcess.CODE, "applicantName", CamundaDossierWorkflow.DUE_DATE};
    /** Every variable this listener puts on a task: the columns and the header's. */
    static final Set<String> COPIES = Stream.concat(Stream.of(NAMES), FileHeader.VARIABLES.stream())
            .collect(Collectors.toUnmodifiableSet());

    private final FileHeader header;

    FileColumns(FileHeader header) {
        this.header = header;
    }

    @Override
    public void notify(DelegateTask task) {
        for (String name : NAMES) {
            Object value = task.getVariable(name);
            if (value != null) {
                task.setVariableLocal(name, value);
            }
        }
        String code = FileIdentity.codeOf(task);
        if (code != null) {
            Map<String, Object> essentials = header.of(code);
            if (!essentials.isEmpty()) {
                task.setVariablesLocal(essentials);
            }
        }
    }
}
