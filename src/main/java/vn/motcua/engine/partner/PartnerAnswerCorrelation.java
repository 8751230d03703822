package vn.motcua.engine.partner;

import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

import vn.motcua.partner.AnswerDelivery;

/**
 * Delivers an agency's answer as the message the exchange process waits for: only to its own
 * instance, and only while it stands at the receive task (a process still sending its request reads
 * the stored answer when the send returns).
 */
@Component
class PartnerAnswerCorrelation implements AnswerDelivery {

    /** The receive task of dossier-partner-exchange.bpmn and its message. */
    static final String WAIT_ACTIVITY = "awaitPartnerAnswer";
    static final String MESSAGE = "partnerAnswered";

    private final RuntimeService runtimeService;

    PartnerAnswerCorrelation(RuntimeService runtimeService) {
        this.runtimeService = runtimeService;
    }

    @Override
    public boolean running(String processInstanceId) {
        return runtimeService.createProcessInstanceQuery().processInstanceId(processInstanceId).count() > 0;
    }

    @Override
    public boolean deliverIfWaiting(String processInstanceId, Map<String, Object> variables) {
        boolean waiting = runtimeService.createExecutionQuery().processInstanceId(processInstanceId)
                .activityId(WAIT_ACTIVITY).count() > 0;
        if (waiting) {
            runtimeService.createMessageCorrelation(MESSAGE).processInstanceId(processInstanceId)
                    .setVariables(variables).correlateWithResult();
        }
        return waiting;
    }
}
