package vn.motcua.engine.dossier;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.springframework.stereotype.Component;

import vn.motcua.calendar.DayFormat;
import vn.motcua.calendar.DeadlineCalculator;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.DocumentLines;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierService;
import vn.motcua.dossier.ReceivedFile;
import vn.motcua.dossier.ReceptionRequest;
import vn.motcua.dossier.ReceptionValidator;
import vn.motcua.system.ConflictException;
import vn.motcua.system.InvalidRequestException;
import vn.motcua.system.Messages;
import vn.motcua.system.PlainText;

/**
 * The BPMN side of the file life cycle ({@code ${dossierProcess.accept(execution)}} ...): a thin
 * adapter that reads form variables, calls {@link DossierService} and writes back what the
 * diagram's gateways need. Business errors become {@link FormFieldValidationException}, which Tasklist
 * shows to the officer and the REST API answers with 400 when the step runs as a delegate ({@link FormSteps}).
 */
@Component("dossierProcess")
public class DossierProcess {

    static final String CODE = "dossierCode";
    private static final DateTimeFormatter TYPED_MOMENT = DateTimeFormatter.ofPattern("d/M/uuuu H:mm")
            .withResolverStyle(ResolverStyle.STRICT);
    /** The candidate group of the apology and overdue tasks drawn on each procedure ({@code ${processingLeaders}}). */
    static final String PROCESSING_LEADERS = "processingLeaders";
    /** For the appraisal forms: the last day (dd/MM/yyyy) of the agency's supplement window. */
    static final String SUPPLEMENT_LAST_DAY = "agencySupplementLastDay";
    /** For the appraisal forms: the file's one agency supplement request was made. */
    static final String SUPPLEMENT_USED = "agencySupplementUsed";

    private final DossierService dossiers;
    private final ReceptionValidator validator;

    DossierProcess(DossierService dossiers, ReceptionValidator validator) {
        this.dossiers = dossiers;
        this.validator = validator;
    }

    /** Registers a file started from the Tasklist reception form; a file from the API is already registered. */
    public void register(DelegateExecution execution) {
        // A file from the API was registered before its process started with the code as business key;
        // anything else is registered here from the form, whatever variables the start request carried.
        String registered = execution.getProcessBusinessKey();
        ExecutionEntity caller = ((ExecutionEntity) execution).getProcessInstance().getSuperExecution();
        String process = caller != null ? caller.getProcessInstanceId() : execution.getProcessInstanceId();
        String code;
        if (registered == null || registered.isBlank()) {
            ReceivedFile file = guarded(() -> validator.validate(fromForm(execution)));
            Dossier dossier = dossiers.register(file, actor(execution));
            code = dossier.code();
            execution.setVariable("applicantName", dossier.applicant().fullName());
        } else {
            code = registered;
            String linked = dossiers.get(code).processInstanceId();
            if (linked != null && !linked.equals(process)) {
                throw new IllegalStateException("File " + code + " already belongs to process " + linked);
            }
        }
        execution.setVariable(CODE, code);
        execution.setProcessBusinessKey(code);
        // The procedure's own instance (the caller of the shared reception) carries the code too:
        // withdrawal and lookups find it by code.
        if (caller != null) {
            caller.setProcessBusinessKey(code);
        }
        dossiers.linkProcess(code, process);
    }

    public void accept(DelegateExecution execution) {
        Dossier dossier = dossiers.accept(code(execution), actor(execution));
        execution.setVariable("accepted", true);
        publishDueDate(execution, dossier.dueDate());
        publishProcessingLeaders(execution, dossier);
        publishSupplementRule(execution, dossier);
    }

    public void requestSupplementAtReception(DelegateExecution execution) {
        String items = required(execution, "missingItems", Messages.text("dossier.form.missingItems"),
                Messages.text("dossier.form.missingItemsRequired"));
        dossiers.requestSupplementAtReception(code(execution), items, actor(execution));
    }

    public void refuse(DelegateExecution execution) {
        String reason = required(execution, "refusalReason", Messages.text("dossier.form.refusalReason"),
                Messages.text("dossier.form.refusalReasonRequired"));
        dossiers.refuse(code(execution), reason, actor(execution));
        execution.setVariable("accepted", false);
    }

    public void close(DelegateExecution execution) {
        dossiers.close(code(execution), "system");
        execution.setVariable("accepted", false);
        execution.setVariable("supplemented", false);
    }

    public void requestAgencySupplement(DelegateExecution execution) {
        String items = required(execution, "supplementItems", Messages.text("dossier.form.supplementItems"),
                Messages.text("dossier.form.supplementItemsRequired"));
        Object headDecision = execution.getVariable("lateSupplementDecision");
        guarded(() -> {
            dossiers.requestAgencySupplement(code(execution), items, headDecision == null ? null : headDecision.toString(),
                    actor(execution));
            return null;
        });
        execution.setVariable(SUPPLEMENT_USED, true);
    }

    /**
     * What the appraisal form tells the officer: the last day for a supplement request that restarts
     * the clock, and whether the one request the file may get was used (Decree 118/2025 Art 11(2)(c)).
     */
    private void publishSupplementRule(DelegateExecution execution, Dossier dossier) {
        execution.setVariable(SUPPLEMENT_LAST_DAY, DayFormat.of(dossiers.agencySupplementLastDay(dossier)));
        execution.setVariable(SUPPLEMENT_USED, dossier.supplementCount() > 0);
    }

    public void restartClock(DelegateExecution execution) {
        dossiers.restartClock(code(execution), actor(execution));
        execution.setVariable("supplemented", true);
        // A restarted clock reads the time-limit table of the new day, which may name another agency.
        publishProcessingLeaders(execution, dossiers.get(code(execution)));
    }

    /** The tax period: what diagrams deployed before periods were named still call. */
    public void pauseClock(DelegateExecution execution) {
        pauseClock(execution, "financialObligations");
    }

    /** @param period an excluded period of the time-limit tables ({@code excludedPeriods}) */
    public void pauseClock(DelegateExecution execution, String period) {
        dossiers.pauseClock(code(execution), period, actor(execution));
    }

    public void resumeClock(DelegateExecution execution) {
        dossiers.resumeClock(code(execution), actor(execution));
    }

    public void recordDecision(DelegateExecution execution) {
        dossiers.recordDecision(code(execution), actor(execution));
    }

    public void withdraw(DelegateExecution execution) {
        Object reason = execution.getVariable("withdrawalReason");
        if (reason != null) {
            printable("withdrawalReason", Messages.text("dossier.form.withdrawalReason"), reason.toString());
        }
        dossiers.withdraw(code(execution),
                reason == null ? Messages.text("dossier.withdrawal.byApplicant") : reason.toString(), actor(execution));
    }

    public void prepareResult(DelegateExecution execution) {
        String outcome = "APPROVED".equals(execution.getVariable("decision")) ? "APPROVED" : "REFUSED";
        dossiers.prepareResult(code(execution), outcome, actor(execution));
    }

    public void finish(DelegateExecution execution) {
        Object delivery = execution.getVariable("deliveryChannel");
        dossiers.finish(code(execution), delivery == null ? Channel.IN_PERSON.name() : delivery.toString(), actor(execution));
    }

    public void warnNearDue(DelegateExecution execution) {
        dossiers.recordNearDue(code(execution));
    }

    public void markOverdue(DelegateExecution execution) {
        dossiers.recordOverdue(code(execution));
    }

    /** The apology task opens only for a file likely to be late (see {@link DossierService#likelyLate}). */
    public boolean isLikelyLate(DelegateExecution execution) {
        return dossiers.likelyLate(code(execution));
    }

    public boolean isExtended(DelegateExecution execution) {
        return dossiers.get(code(execution)).extended();
    }

    /** The apology: a new appointment date proposed by the processing agency's leader. */
    public void extend(DelegateExecution execution) {
        String reason = required(execution, "delayReason", Messages.text("dossier.form.delayReason"),
                Messages.text("dossier.form.delayReasonRequired"));
        LocalDate newDue = guarded(() -> parseDate(required(execution, "newDueDate",
                Messages.text("dossier.form.newDueDate"), Messages.text("dossier.form.newDueDateRequired"))));
        guarded(() -> dossiers.extend(code(execution), newDue, reason, actor(execution)));
    }

    /**
     * The leaders of the agency that answers for the file: the apology and overdue tasks of the
     * procedure's file deadlines go to them. The shared processes pass it back to the procedure
     * ({@code camunda:out variables="all"}).
     */
    private void publishProcessingLeaders(DelegateExecution execution, Dossier dossier) {
        execution.setVariable(PROCESSING_LEADERS, dossiers.processingLeaders(dossier));
    }

    /** The instance accepting the file may not be stored yet, so it gets the date directly. */
    private void publishDueDate(DelegateExecution execution, LocalDate due) {
        execution.setVariable(CamundaDossierWorkflow.DUE_DATE, due == null ? null : due.toString());
    }

    private static String code(DelegateExecution execution) {
        String code = FileIdentity.codeOf(execution);
        if (code == null) {
            throw new IllegalStateException("Process instance " + execution.getProcessInstanceId() + " has no file code");
        }
        return code;
    }

    /** A free text the officer must give; it is printed on a letter, so it must be printable. */
    private static String required(DelegateExecution execution, String variable, String label, String message) {
        Object value = execution.getVariable(variable);
        if (value == null || value.toString().isBlank()) {
            throw new FormFieldValidationException(variable, message);
        }
        printable(variable, label, value.toString());
        return value.toString().trim();
    }

    private static void printable(String variable, String label, String value) {
        PlainText.Problem problem = PlainText.problem(value, true);
        if (problem != null) {
            throw new FormFieldValidationException(variable, PlainText.reason(label, problem));
        }
    }

    static String actor(DelegateExecution execution) {
        Authentication authentication = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        return authentication == null || authentication.getUserId() == null ? "system" : authentication.getUserId();
    }

    private static LocalDate parseDate(String value) {
        try {
            return LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value);
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException("newDueDate", Messages.text("dossier.form.newDueDateFormat"));
        }
    }

    private ReceptionRequest fromForm(DelegateExecution execution) {
        return new ReceptionRequest(
                procedureKey(execution),
                null,
                string(execution, "channel"),
                new ReceptionRequest.ApplicantData(string(execution, "applicantName"), string(execution, "applicantIdNumber"),
                        string(execution, "applicantPhone"), string(execution, "applicantEmail"),
                        string(execution, "applicantAddress")),
                new ReceptionRequest.ParcelData(string(execution, "parcelMapSheet"), string(execution, "parcelNumber"),
                        string(execution, "parcelAddress"), string(execution, "communeCode")),
                string(execution, "requestSummary"),
                receivedAt(string(execution, "receivedAt")),
                documentSets(execution.getVariable("documentSets")),
                DocumentLines.parse(string(execution, "receivedDocuments")));
    }

    /** The form's number field: a Long from Tasklist, any number or numeric text over REST; blank stays unknown. */
    private static Integer documentSets(Object value) {
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        try {
            long sets = value instanceof Number n ? n.longValue() : Long.parseLong(value.toString().strip());
            return (int) Math.max(0, Math.min(sets, 1000)); // out of range either way: the validator names it
        } catch (NumberFormatException e) {
            throw new FormFieldValidationException("documentSets", Messages.text("dossier.form.documentSetsInteger"));
        }
    }

    /** The procedure whose diagram called the shared reception (the parent process's key). */
    private static String procedureKey(DelegateExecution execution) {
        ExecutionEntity instance = ((ExecutionEntity) execution).getProcessInstance();
        ExecutionEntity caller = instance.getSuperExecution();
        return (caller != null ? caller : instance).getProcessDefinition().getKey();
    }

    /** Strips whitespace only (not trim, which would also drop control characters the validator must see). */
    private static String string(DelegateExecution execution, String variable) {
        Object value = execution.getVariable(variable);
        return value == null || value.toString().isBlank() ? null : value.toString().strip();
    }

    /** As the desk types it: day first (20/11/2026 09:30), the office's time zone. */
    private static Instant receivedAt(String value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDateTime.parse(value, TYPED_MOMENT).atZone(DeadlineCalculator.ZONE).toInstant();
        } catch (DateTimeParseException e) {
            throw new FormFieldValidationException("receivedAt", Messages.text("dossier.form.receivedAtFormat"));
        }
    }

    private static <T> T guarded(java.util.function.Supplier<T> action) {
        try {
            return action.get();
        } catch (InvalidRequestException | ConflictException e) {
            throw new FormFieldValidationException("dossier", e.getMessage());
        }
    }
}
