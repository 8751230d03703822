package vn.motcua.engine.dossier;

import java.util.List;

/**
 * The variables every Tasklist filter shows on a task card (engine.organisation's filters), as a file's process
 * holds them: for a file's task they come from the register ({@link FileColumnsOnRead}); a complaint's task puts
 * its own.
 */
public final class TaskCardColumns {

    public static final String CODE = DossierProcess.CODE;
    public static final String APPLICANT = "applicantName";
    /** The appointment, ISO yyyy-MM-dd, so that its text sorts as the date. */
    public static final String APPOINTMENT = CamundaDossierWorkflow.DUE_DATE;
    public static final List<String> NAMES = List.of(CODE, APPLICANT, APPOINTMENT);

    private TaskCardColumns() {
    }
}
