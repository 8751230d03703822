package vn.motcua.engine.partner;

import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

import vn.motcua.engine.dossier.FileIdentity;
import vn.motcua.partner.PartnerExchangeService;
import vn.motcua.partner.PartnerSteps;

/**
 * The BPMN side of an exchange ({@code dossier-partner-exchange.bpmn}, {@code ${partnerExchange…}}):
 * a thin adapter from the engine's variables to {@link PartnerSteps} and {@link PartnerExchangeService}.
 * The calling diagram passes {@code partnerOperation} and its own step id ({@code partnerStep}), whose
 * quota in the time-limit table is the agency's deadline. Public: the expression language calls its methods.
 */
@Component("partnerExchange")
public class PartnerProcess {

    /** The exchange's key, kept on the exchange process for its later steps. */
    public static final String KEY = "partnerExchangeKey";

    private final PartnerSteps steps;
    private final PartnerExchangeService exchanges;

    PartnerProcess(PartnerSteps steps, PartnerExchangeService exchanges) {
        this.steps = steps;
        this.exchanges = exchanges;
    }

    public void open(DelegateExecution execution) {
        String code = FileIdentity.codeOf(execution);
        String operation = required(execution, "partnerOperation");
        String step = required(execution, "partnerStep");
        Object stepName = execution.getVariable("partnerStepName");
        PartnerSteps.Opened opened = steps.open(code, operation, step, stepName == null ? null : stepName.toString(),
                execution.getProcessInstanceId());
        execution.setVariable(KEY, opened.key());
        execution.setVariable("partnerAgencyName", opened.agencyName());
        execution.setVariable("partnerOperationName", opened.operationName());
        execution.setVariable("processingLeaders", opened.processingLeaders());
    }

    public Date remindAt(VariableScope execution) {
        return steps.remindAt(key(execution));
    }

    public Date reportAt(VariableScope execution) {
        return steps.reportAt(key(execution));
    }

    public void reported(DelegateExecution execution) {
        exchanges.reported(key(execution));
    }

    public void waitEnded(DelegateExecution execution) {
        exchanges.waitEnded(key(execution));
    }

    static String key(VariableScope execution) {
        Object key = execution.getVariable(KEY);
        if (key == null) {
            throw new IllegalStateException("No " + KEY + " in this exchange");
        }
        return key.toString();
    }

    private static String required(DelegateExecution execution, String variable) {
        Object value = execution.getVariable(variable);
        if (value == null || value.toString().isBlank()) {
            throw new IllegalStateException("The partner exchange needs the variable " + variable);
        }
        return value.toString();
    }
}
