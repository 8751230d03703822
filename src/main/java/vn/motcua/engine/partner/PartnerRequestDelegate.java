package vn.motcua.engine.partner;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.motcua.partner.PartnerAnswers;
import vn.motcua.partner.PartnerExchangeService;

/**
 * Sends an exchange's request ({@code ${partnerRequest}}, asynchronous with a retry cycle in the
 * diagram): a failure is retried with back-off, and the last one becomes an incident in Cockpit.
 */
@Component("partnerRequest")
class PartnerRequestDelegate implements JavaDelegate {

    private final PartnerExchangeService exchanges;
    private final PartnerAnswers answers;

    PartnerRequestDelegate(PartnerExchangeService exchanges, PartnerAnswers answers) {
        this.exchanges = exchanges;
        this.answers = answers;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String key = PartnerProcess.key(execution);
        boolean answered = exchanges.send(key);
        if (answered) {
            execution.setVariables(answers.storedVariables(key));
        }
        execution.setVariable("partnerAnswered", answered);
    }
}
