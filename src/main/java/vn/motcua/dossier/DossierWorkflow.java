package vn.motcua.dossier;

import java.time.LocalDate;
import java.util.Map;

/**
 * What the file life cycle ({@link DossierService}) asks of the process engine, in the register's
 * words: start a file's procedure, keep its deadline timers in step with the register, stop it.
 * Owned here and implemented by the engine adapter ({@code vn.motcua.engine.dossier}), so this
 * package never imports the engine.
 */
public interface DossierWorkflow {

    /** Starts the procedure's process for a registered file, with its code as business key. @return its instance */
    String startProcedure(String procedureKey, String code, Map<String, Object> variables);

    /**
     * The clock of a file (accepted, or complete again after an agency's supplement) whose procedure
     * instance runs a diagram without drawn deadlines: it gets the shared clock process, as every
     * file did before. A procedure that draws them (every diagram deployed now) needs nothing.
     *
     * @param procedureInstanceId the file's procedure instance; null for a file whose instance is
     *        not started yet (received through the API), which starts on the current diagram
     */
    void startLegacyClock(String code, String procedureInstanceId, LocalDate due, String leaderGroup);

    /** Ends the shared clock of a file accepted on an older diagram (finished, closed, withdrawn, restarted). */
    void stopLegacyClock(String code, String reason);

    /**
     * The appointment moved (or the clock stopped): the file's instances and open tasks show the new
     * date, and its pending deadline timers are re-evaluated against the register.
     */
    void dueDateChanged(String code, String procedureInstanceId, LocalDate due);

    /** The clock stopped or runs again without a new date: the file's deadline timers are re-evaluated. */
    void clockChanged(String code, String procedureInstanceId);

    /** Asks the file's process to stop (its withdrawal event). @return false if it is not at a point where it can */
    boolean requestWithdrawal(String code, String reason);

    /**
     * Ends every instance of a withdrawn file whose diagram had no withdrawal event where the file
     * waits (see {@link DossierService#requestWithdrawal}); the control sheet closes the step being held.
     */
    void cancelFile(String code, String reason);
}
