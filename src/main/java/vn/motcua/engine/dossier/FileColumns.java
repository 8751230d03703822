package vn.motcua.engine.dossier;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

import vn.motcua.dossier.FileHeader;

/**
 * Copies the file's code, applicant and appointment onto each task as task variables: Tasklist
 * shows them as columns of every filter, and an officer may read a task's own variables but
 * (rightly) not every variable of the process instance. The form's header ({@link FileHeader}) is
 * not copied: {@link FileHeaderOnRead} adds it from the register when the form is read.
 */
class FileColumns implements TaskListener {

    static final String[] NAMES = {DossierProcess.CODE, "applicantName", CamundaDossierWorkflow.DUE_DATE};
    /**
     * Every variable this listener puts, or once put, on a task: the columns, and the header's, which tasks
     * created before {@link FileHeaderOnRead} still carry.
     */
    static final Set<String> COPIES = Stream.concat(Stream.of(NAMES), FileHeader.VARIABLES.stream())
            .collect(Collectors.toUnmodifiableSet());

    @Override
    public void notify(DelegateTask task) {
        for (String name : NAMES) {
            Object value = task.getVariable(name);
            if (value != null) {
                task.setVariableLocal(name, value);
            }
        }
    }
}
