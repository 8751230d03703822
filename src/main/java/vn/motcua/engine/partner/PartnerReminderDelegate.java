package vn.motcua.engine.partner;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.motcua.partner.PartnerExchangeService;

/** Reminds the agency of an overdue answer ({@code ${partnerReminder}}, asynchronous, retried). */
@Component("partnerReminder")
class PartnerReminderDelegate implements JavaDelegate {

    private final PartnerExchangeService exchanges;

    PartnerReminderDelegate(PartnerExchangeService exchanges) {
        this.exchanges = exchanges;
    }

    @Override
    public void execute(DelegateExecution execution) {
        exchanges.remind(PartnerProcess.key(execution));
    }
}
