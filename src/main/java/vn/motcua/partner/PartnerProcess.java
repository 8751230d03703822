package vn.motcua.partner;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

import vn.motcua.calendar.DeadlineCalculator;
import vn.motcua.calendar.Deadlines;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.deadline.StepClock;
import vn.motcua.dossier.DossierService;
import vn.motcua.dossier.FileIdentity;

/**
 * The BPMN side of an exchange ({@code dossier-partner-exchange.bpmn}): a thin adapter from the
 * engine's variables to {@link PartnerExchangeService}. The calling diagram passes
 * {@code partnerOperation} and its own step id ({@code partnerStep}), whose quota in the
 * time-limit table is the agency's deadline.
 */
@Component("partnerExchange")
public class PartnerProcess {

    static final String KEY = "partnerExchangeKey";
    /** A timer that must not fire: the step has no quota, so the agency has no deadline here. */
    static final Date NEVER = Date.from(Instant.parse("2199-12-31T00:00:00Z"));

    private final PartnerExchangeService exchanges;
    private final DossierService dossiers;
    private final StepClock stepClock;
    private final WorkingCalendar calendar;
    private final Deadlines deadlines;
    private final PartnerProperties properties;

    PartnerProcess(PartnerExchangeService exchanges, DossierService dossiers, StepClock stepClock,
            WorkingCalendar calendar, Deadlines deadlines, PartnerProperties properties) {
        this.exchanges = exchanges;
        this.dossiers = dossiers;
        this.stepClock = stepClock;
        this.calendar = calendar;
        this.deadlines = deadlines;
        this.properties = properties;
    }

    public void open(DelegateExecution execution) {
        String code = FileIdentity.codeOf(execution);
        if (code == null) {
            throw new IllegalStateException("A partner exchange needs the file code as business key");
        }
        PartnerOperation operation = PartnerOperation.byName(required(execution, "partnerOperation"))
                .filter(AnswerSchema::hasCallback)
                .orElseThrow(() -> new IllegalStateException("partnerOperation must name an operation with a callback, got "
                        + execution.getVariable("partnerOperation")));
        String step = required(execution, "partnerStep");
        Object stepName = execution.getVariable("partnerStepName");
        Date due = stepClock.dueAt(execution, step);
        String key = exchanges.open(code, operation, step, stepName == null ? operation.displayName() : stepName.toString(),
                execution.getProcessInstanceId(), due == null ? null : due.toInstant());
        execution.setVariable(KEY, key);
        execution.setVariable("partnerAgencyName", operation.agency().displayName());
        execution.setVariable("partnerOperationName", operation.displayName());
        execution.setVariable("processingLeaders", dossiers.processingLeaders(dossiers.get(code)));
    }

    /** The agency's deadline: it is reminded then. */
    public Date remindAt(VariableScope execution) {
        Instant due = exchanges.get(key(execution)).dueAt();
        return due == null ? NEVER : Date.from(due);
    }

    /** Still no answer some working days after the deadline: the leadership is told. */
    public Date reportAt(VariableScope execution) {
        Instant due = exchanges.get(key(execution)).dueAt();
        if (due == null) {
            return NEVER;
        }
        LocalDate day = LocalDate.ofInstant(due, DeadlineCalculator.ZONE);
        return deadlines.endOfDay(calendar.addWorkingDays(day, properties.reportAfterWorkingDays()));
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
