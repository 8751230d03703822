package vn.motcua.engine.deadline;

import java.util.Date;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

import vn.motcua.deadline.OnlineReceptionDeadlines;
import vn.motcua.engine.dossier.FileIdentity;

/**
 * The desk's clock for an online file as {@code dossier-reception.bpmn} calls it: the due date of
 * "Kiểm tra hồ sơ nộp trực tuyến" ({@code ${onlineReception.acceptBy(execution)}}) and the timers of
 * its two boundary events. The hours are {@link OnlineReceptionDeadlines}'.
 */
@Component("onlineReception")
public class OnlineReception {

    private final OnlineReceptionDeadlines deadlines;

    OnlineReception(OnlineReceptionDeadlines deadlines) {
        this.deadlines = deadlines;
    }

    public Date alertAt(VariableScope execution) {
        return deadlines.alertAt(FileIdentity.codeOf(execution));
    }

    public Date acceptBy(VariableScope execution) {
        return deadlines.acceptBy(FileIdentity.codeOf(execution));
    }
}
