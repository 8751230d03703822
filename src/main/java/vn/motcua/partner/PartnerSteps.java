package vn.motcua.partner;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;

import org.springframework.stereotype.Component;

import vn.motcua.calendar.DeadlineCalculator;
import vn.motcua.calendar.Deadlines;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.deadline.StepDeadlines;
import vn.motcua.dossier.DossierService;

/**
 * A partner step of a diagram ({@code dossier-partner-exchange.bpmn}) in plain values: the engine's
 * {@code partnerExchange} bean reads the process variables and calls this. The calling diagram names
 * the operation and its own step id, whose quota in the time-limit table is the agency's deadline.
 */
@Component
public class PartnerSteps {

    private final PartnerExchangeService exchanges;
    private final DossierService dossiers;
    private final StepDeadlines stepDeadlines;
    private final WorkingCalendar calendar;
    private final Deadlines deadlines;
    private final PartnerProperties properties;

    PartnerSteps(PartnerExchangeService exchanges, DossierService dossiers, StepDeadlines stepDeadlines,
            WorkingCalendar calendar, Deadlines deadlines, PartnerProperties properties) {
        this.exchanges = exchanges;
        this.dossiers = dossiers;
        this.stepDeadlines = stepDeadlines;
        this.calendar = calendar;
        this.deadlines = deadlines;
        this.properties = properties;
    }

    /** An exchange opened for a step: its key and what the step's tasks show. */
    public record Opened(String key, String agencyName, String operationName, String processingLeaders) {
    }

    /**
     * Registers the request of the step {@code step} of file {@code code}, due when the step's quota runs out.
     *
     * @param operationName an operation with a callback ({@link PartnerOperation})
     * @param stepName what the control sheet calls the step, or null for the operation's name
     */
    public Opened open(String code, String operationName, String step, String stepName, String processInstanceId) {
        if (code == null) {
            throw new IllegalStateException("A partner exchange needs the file code as business key");
        }
        PartnerOperation operation = PartnerOperation.byName(operationName).filter(AnswerSchema::hasCallback)
                .orElseThrow(() -> new IllegalStateException(
                        "partnerOperation must name an operation with a callback, got " + operationName));
        Date due = stepDeadlines.dueAt(code, step);
        String key = exchanges.open(code, operation, step, stepName == null ? operation.displayName() : stepName,
                processInstanceId, due == null ? null : due.toInstant());
        return new Opened(key, operation.agency().displayName(), operation.displayName(),
                dossiers.processingLeaders(dossiers.get(code)));
    }

    /** The agency's deadline: it is reminded then (never if the step has no quota). */
    public Date remindAt(String key) {
        Instant due = exchanges.get(key).dueAt();
        return due == null ? StepDeadlines.NEVER : Date.from(due);
    }

    /** Still no answer some working days after the deadline: the leadership is told. */
    public Date reportAt(String key) {
        Instant due = exchanges.get(key).dueAt();
        if (due == null) {
            return StepDeadlines.NEVER;
        }
        LocalDate day = LocalDate.ofInstant(due, DeadlineCalculator.ZONE);
        return deadlines.endOfDay(calendar.addWorkingDays(day, properties.reportAfterWorkingDays()));
    }
}
