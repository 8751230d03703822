package vn.motcua.engine.deadline;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.motcua.deadline.OnlineReceptionDeadlines;
import vn.motcua.engine.dossier.FileIdentity;

/**
 * The 08 working hours for the desk's answer to an online file ran out (Decree 118/2025 Art 17(2)):
 * the check is escalated like a step past its quota ({@link StepEscalation}: the desk's leaders are
 * called in, the task goes to the top, the control sheet marks it) and the file's history says the
 * answer is late. In {@code dossier-reception.bpmn}, the service task "Báo lãnh đạo bộ phận một cửa"
 * after the boundary event "Quá 08 giờ làm việc chưa trả lời".
 */
@Component("onlineAcceptanceOverdue")
class OnlineAcceptanceOverdue implements JavaDelegate {

    private final StepEscalation escalation;
    private final OnlineReceptionDeadlines reception;

    OnlineAcceptanceOverdue(StepEscalation escalation, OnlineReceptionDeadlines reception) {
        this.escalation = escalation;
        this.reception = reception;
    }

    @Override
    public void execute(DelegateExecution execution) {
        escalation.execute(execution);
        reception.answerLate(FileIdentity.codeOf(execution));
    }
}
