package vn.motcua.engine.deadline;

import java.util.Date;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

import vn.motcua.deadline.FileDeadlines;
import vn.motcua.engine.dossier.FileIdentity;

/**
 * The file-level clock as the diagrams call it, e.g. {@code timeDate="${fileClock.dueAt(execution)}"}
 * on the timer boundary events of each procedure's "Giải quyết hồ sơ" ({@code processFile}: nearDue,
 * apologyDue, overdue) and in the shared {@code dossier-deadlines} process. The dates are
 * {@link FileDeadlines}'; this bean only finds the file. Public: the expression language calls its methods.
 */
@Component("fileClock")
public class FileClock {

    private final FileDeadlines deadlines;

    FileClock(FileDeadlines deadlines) {
        this.deadlines = deadlines;
    }

    public Date dueAt(VariableScope execution) {
        return deadlines.dueAt(FileIdentity.codeOf(execution));
    }

    public Date nearDueAt(VariableScope execution) {
        return deadlines.nearDueAt(FileIdentity.codeOf(execution));
    }

    public Date apologyStartsAt(VariableScope execution) {
        return deadlines.apologyStartsAt(FileIdentity.codeOf(execution));
    }

    public Date apologyDeadline(VariableScope execution) {
        return deadlines.apologyDeadline(FileIdentity.codeOf(execution));
    }

    public Date overdueHandlingDueAt(VariableScope execution) {
        return deadlines.overdueHandlingDueAt(FileIdentity.codeOf(execution));
    }

    public Date supplementExpiresAt(VariableScope execution) {
        return deadlines.supplementExpiresAt(FileIdentity.codeOf(execution));
    }
}
