package vn.motcua.dossier;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * Copies the file's code, applicant and appointment onto each task as task variables: Tasklist
 * shows them as columns of every filter, and an officer may read a task's own variables but
 * (rightly) not every variable of the process instance. The file's essentials, read from the
 * register, go along for the form's header ({@link FileEssentials}).
 */
class FileColumns implements TaskListener {

    static final String[] NAMES = {DossierProcess.CODE, "applicantName", DossierWorkflow.DUE_DATE};

    private final DossierRegister register;
    private final DossierDocuments documents;

    FileColumns(DossierRegister register, DossierDocuments documents) {
        this.register = register;
        this.documents = documents;
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
            register.findByCode(code).ifPresent(dossier -> task.setVariablesLocal(
                    new FileEssentials(dossier, documents.of(dossier.id())).variables()));
        }
    }
}
