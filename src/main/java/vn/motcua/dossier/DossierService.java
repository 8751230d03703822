package vn.motcua.dossier;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.calendar.DayFormat;
import vn.motcua.calendar.Deadline;
import vn.motcua.calendar.DeadlineCalculator;
import vn.motcua.organisation.Commune;
import vn.motcua.organisation.Route;
import vn.motcua.organisation.Unit;
import vn.motcua.procedure.DayCount;
import vn.motcua.procedure.ExcludedPeriod;
import vn.motcua.procedure.ProcedureCatalogue;
import vn.motcua.procedure.ProcedureProperties;
import vn.motcua.procedure.ProcedureRule;
import vn.motcua.system.ConflictException;
import vn.motcua.system.TimeSource;
import vn.motcua.system.InvalidRequestException;
import vn.motcua.system.Messages;
import vn.motcua.system.NotFoundException;

/**
 * The life cycle of a file in the register: reception, the clock, supplements, apology,
 * withdrawal and result. Each step is idempotent, because the engine may run a step again
 * after a crash. Engine calls go through {@link DossierWorkflow}.
 */
@Service
public class DossierService {

    /** The reception outcome of an online file the desk has not checked yet (dossier-reception.bpmn). */
    static final String ONLINE_CHECK = "AWAITING_CHECK";

    private final DossierRegister register;
    private final DossierDocuments documents;
    private final FileCodes codes;
    private final ProcedureCatalogue catalogue;
    private final ProcedureProperties procedures;
    private final DeadlineCalculator calculator;
    private final DossierWorkflow workflow;
    private final TimeSource clock;
    private final FileClockProperties fileClock;
    private final ApplicationEventPublisher events;
    private final Handovers handovers;
    private final FileRouting routing;

    public DossierService(DossierRegister register, DossierDocuments documents, FileCodes codes, ProcedureCatalogue catalogue,
            ProcedureProperties procedures, DeadlineCalculator calculator, DossierWorkflow workflow, TimeSource clock,
            FileClockProperties fileClock, ApplicationEventPublisher events, Handovers handovers, FileRouting routing) {
        this.routing = routing;
        this.events = events;
        this.handovers = handovers;
        this.register = register;
        this.documents = documents;
        this.codes = codes;
        this.catalogue = catalogue;
        this.procedures = procedures;
        this.calculator = calculator;
        this.workflow = workflow;
        this.clock = clock;
        this.fileClock = fileClock;
    }

    public Dossier get(String code) {
        return register.findByCode(code)
                .orElseThrow(() -> new NotFoundException(Messages.text("dossier.notFound", code)));
    }

    public Optional<Dossier> findByClientRequest(String clientRequestId) {
        return clientRequestId == null ? Optional.empty() : register.findByClientRequestId(clientRequestId);
    }

    public ProcedureRule ruleOf(Dossier dossier) {
        LocalDate on = dossier.acceptedOn() != null ? dossier.acceptedOn() : clock.today();
        return catalogue.rule(dossier.procedureKey(), procedures.province(), on);
    }

    /** The leaders of the agency that answers for the file: the apology and the overdue file go to them. */
    public String processingLeaders(Dossier dossier) {
        return routing.leadersGroup(dossier.code(), Unit.valueOfGroup(ruleOf(dossier).processingUnit()));
    }

    /** Enters a new file in the register with its code; nothing else happens yet. */
    @Transactional
    public Dossier register(ReceivedFile file, String actor) {
        Instant now = clock.now();
        Instant receivedAt = file.receivedAt() != null ? file.receivedAt() : now;
        LocalDate codeDay = LocalDate.ofInstant(receivedAt, DeadlineCalculator.ZONE);
        String name = catalogue.rule(file.procedureKey(), procedures.province(), clock.today()).name();
        // The parcel's commune decides the agencies and the extra days of a remote commune; the
        // receiving desk's agency code starts the file code.
        Commune commune = routing.commune(file.parcel().communeCode());
        Route route = routing.routeFor(file.procedureKey(), commune.code(), actor);
        String code = codes.next(route.agency(Unit.DESK).code(), codeDay);
        Dossier.Parcel parcel = new Dossier.Parcel(file.parcel().mapSheet(), file.parcel().parcelNumber(),
                file.parcel().address(), commune.code(), commune.remote());
        long id = register.insert(new NewDossier(code, file.clientRequestId(), file.procedureKey(), name, file.channel(),
                file.applicant(), parcel, file.requestSummary(), receivedAt), now);
        routing.fix(id, route);
        documents.record(id, file.documents());
        Dossier dossier = get(code);
        register.changeStatus(dossier, DossierStatus.RECEIVED,
                Messages.text("dossier.history.registered", file.channel().label()), actor, now);
        return dossier;
    }

    /**
     * A complete file from the API: registered, accepted and its procedure started in one
     * transaction, so a failure leaves nothing half-written.
     */
    @Transactional
    public Dossier receive(ReceivedFile file, String actor) {
        Dossier dossier = accept(register(file, actor).code(), actor);
        return startProcedure(dossier, "COMPLETE");
    }

    /** Starts the file's procedure at its reception, with what the reception's gateways read. */
    private Dossier startProcedure(Dossier dossier, String receptionOutcome) {
        Map<String, Object> variables = new java.util.HashMap<>(Map.of(
                "dossierCode", dossier.code(),
                "applicantName", dossier.applicant().fullName(),
                "channel", dossier.channel().name(),
                "receptionOutcome", receptionOutcome));
        if (dossier.dueDate() != null) {
            variables.put("dossierDueDate", dossier.dueDate().toString());
        }
        if (documents.of(dossier.id()).fullyOnline()) {
            // "Toàn trình": the result goes back online too; the desk's "Trả kết quả" form opens with it chosen.
            variables.put("deliveryChannel", Channel.ONLINE.name());
        }
        register.setProcessInstance(dossier.code(), workflow.startProcedure(dossier.procedureKey(), dossier.code(), variables));
        return get(dossier.code());
    }

    /**
     * A file filed online, as the portal hands it over: registered and acknowledged, not yet accepted.
     * The desk checks it ("Kiểm tra hồ sơ nộp trực tuyến") and accepts it or asks for a supplement
     * within 08 working hours (Decree 118/2025 Art 17(2)); the time limit starts at acceptance. The
     * same client request twice registers one file.
     */
    @Transactional
    public Dossier receiveOnline(ReceivedFile file, String actor) {
        Optional<Dossier> known = findByClientRequest(file.clientRequestId());
        if (known.isPresent()) {
            return known.get();
        }
        if (file.channel() != Channel.ONLINE) {
            throw new InvalidRequestException("channel", Messages.text("dossier.online.channelOnly"));
        }
        return startProcedure(register(file, actor), ONLINE_CHECK);
    }

    /** Nobody at the desk took an online file up within 02 working hours (Decree 118/2025 Art 17(2)). */
    @Transactional
    public void recordOnlineFileUnclaimed(String code) {
        register.recordEvent(get(code), "ONLINE_FILE_UNCLAIMED", Messages.text("dossier.history.onlineUnclaimed"),
                "system", clock.now());
    }

    /** The desk did not accept an online file or ask for a supplement within 08 working hours. */
    @Transactional
    public void recordOnlineAcceptanceLate(String code, Instant due) {
        register.recordEvent(get(code), "ONLINE_ACCEPTANCE_LATE", Messages.text("dossier.history.onlineAcceptanceLate",
                DayFormat.ofMoment(due)), "system", clock.now());
    }

    /** Links a file entered through Tasklist to its process instance. */
    @Transactional
    public void linkProcess(String code, String processInstanceId) {
        if (get(code).processInstanceId() == null) {
            register.setProcessInstance(code, processInstanceId);
        }
    }

    /** The file is complete: the clock starts and the appointment date is set (Decree 118/2025 Art 17(3)). */
    @Transactional
    public Dossier accept(String code, String actor) {
        Dossier dossier = register.lock(code);
        if (dossier.acceptedOn() != null) {
            return dossier;
        }
        // A file completed after a supplement at the desk counts from the moment it became complete.
        Instant completeAt = dossier.supplementNoticedAt() != null ? clock.now() : dossier.receivedAt();
        LocalDate due = startClock(dossier, completeAt, DueDateChange.Kind.INITIAL,
                Messages.text("dossier.due.initial"), actor);
        register.changeStatus(dossier, DossierStatus.IN_PROGRESS,
                Messages.text("dossier.history.accepted", DayFormat.of(due)), actor, clock.now());
        workflow.startLegacyClock(code, dossier.processInstanceId(), due, processingLeaders(get(code)));
        publish(code, DossierEvent.Kind.ACCEPTED, "1", null, actor);
        return get(code);
    }

    @Transactional
    public void requestSupplementAtReception(String code, String items, String actor) {
        Dossier dossier = register.lock(code);
        if (dossier.status() == DossierStatus.WAITING_SUPPLEMENT_AT_RECEPTION) {
            return;
        }
        register.requestSupplement(code, items, clock.now(), false);
        register.changeStatus(dossier, DossierStatus.WAITING_SUPPLEMENT_AT_RECEPTION, items, actor, clock.now());
        publish(code, DossierEvent.Kind.SUPPLEMENT_REQUESTED, "reception", items, actor);
    }

    @Transactional
    public void refuse(String code, String reason, String actor) {
        Dossier dossier = register.lock(code);
        if (dossier.status() != DossierStatus.REFUSED) {
            register.changeStatus(dossier, DossierStatus.REFUSED, reason, actor, clock.now());
            publish(code, DossierEvent.Kind.REFUSED, "1", reason, actor);
        }
    }

    /** Closes a file the applicant did not complete in time after a supplement notice. */
    @Transactional
    public void close(String code, String actor) {
        Dossier dossier = register.lock(code);
        if (dossier.status() == DossierStatus.CLOSED) {
            return;
        }
        register.changeStatus(dossier, DossierStatus.CLOSED,
                Messages.text("dossier.history.closed", fileClock.supplementDays()), actor, clock.now());
        workflow.stopLegacyClock(code, Messages.text("dossier.clock.closed"));
        publish(code, DossierEvent.Kind.CLOSED, "1", null, actor);
    }

    /**
     * A processing agency's supplement request, once per file (Decree 118/2025 Art 11(2)(c), 16(3)).
     * Within 3 working days of receipt the clock stops and restarts from zero once the file is
     * complete (Art 19(5)). A later request needs the agency head's decision, recorded, and leaves
     * the clock running: the delay is the agency's and the file's lateness stays visible.
     */
    @Transactional
    public void requestAgencySupplement(String code, String items, String headDecision, String actor) {
        Dossier dossier = register.lock(code);
        if (dossier.status() == DossierStatus.WAITING_AGENCY_SUPPLEMENT) {
            return;
        }
        if (dossier.supplementCount() > 0) {
            throw new ConflictException(Messages.text("dossier.supplement.onlyOnce", code));
        }
        LocalDate lastDay = agencySupplementLastDay(dossier);
        boolean late = clock.today().isAfter(lastDay);
        if (late && (headDecision == null || headDecision.isBlank())) {
            throw new ConflictException(Messages.text("dossier.supplement.tooLate",
                    fileClock.agencySupplementWorkingDays(), DayFormat.of(lastDay)));
        }
        if (late) {
            register.recordEvent(dossier, "SUPPLEMENT_REQUEST_LATE", Messages.text("dossier.history.supplementLate",
                    fileClock.agencySupplementWorkingDays(), DayFormat.of(lastDay), headDecision.trim()),
                    actor, clock.now());
        }
        register.requestSupplement(code, items, clock.now(), true, !late);
        register.changeStatus(dossier, DossierStatus.WAITING_AGENCY_SUPPLEMENT, items, actor, clock.now());
        if (!late) {
            // The clock stands still until the file is complete (clockStopped), then restarts from zero.
            workflow.stopLegacyClock(code, Messages.text("dossier.clock.supplement"));
            workflow.clockChanged(code, dossier.processInstanceId());
        }
        publish(code, DossierEvent.Kind.SUPPLEMENT_REQUESTED, "agency-" + (dossier.supplementCount() + 1), items, actor);
    }

    /** The last day the processing agency may ask for a supplement with a restart (Decree 118/2025 Art 19(5)). */
    public LocalDate agencySupplementLastDay(Dossier dossier) {
        return calculator.calendar().addWorkingDays(dossier.acceptedOn(), fileClock.agencySupplementWorkingDays());
    }

    /**
     * The complete file is back: the time limit counts again from zero (Decree 118/2025 Art 19(5)),
     * unless the request came late, when the clock never stopped.
     */
    @Transactional
    public void restartClock(String code, String actor) {
        Dossier dossier = register.lock(code);
        if (dossier.status() != DossierStatus.WAITING_AGENCY_SUPPLEMENT) {
            return;
        }
        if (!register.supplementRestartsClock(code)) {
            register.changeStatus(dossier, DossierStatus.IN_PROGRESS,
                    Messages.text("dossier.history.supplementedNoRestart", DayFormat.of(dossier.dueDate())), actor,
                    clock.now());
            return;
        }
        LocalDate due = startClock(dossier, clock.now(), DueDateChange.Kind.RESTART,
                Messages.text("dossier.due.restart"), actor);
        register.changeStatus(dossier, DossierStatus.IN_PROGRESS,
                Messages.text("dossier.history.supplemented", DayFormat.of(due)), actor, clock.now());
        workflow.startLegacyClock(code, dossier.processInstanceId(), due, processingLeaders(get(code)));
        dueDateChanged(code);
    }

    /**
     * A period the law does not count begins (tax, payment, public posting...): the file's clock stops,
     * and the file's history says which period, from the time-limit table.
     */
    @Transactional
    public void pauseClock(String code, String period, String actor) {
        Dossier dossier = register.lock(code);
        if (dossier.isPaused()) {
            return;
        }
        ExcludedPeriod excluded = catalogue.excludedPeriod(period, procedures.province(), clock.today());
        register.pause(code, clock.today(), excluded.reason(), clock.now());
        register.recordEvent(dossier, "CLOCK_PAUSED", excluded.explained(), actor, clock.now());
        dueDateChanged(code);
    }

    /** The excluded period ends: the appointment moves by the working days it took. */
    @Transactional
    public LocalDate resumeClock(String code, String actor) {
        Dossier dossier = register.lock(code);
        if (!dossier.isPaused()) {
            return dossier.dueDate();
        }
        String reason = register.pausedReason(code);
        int paused = calculator.pausedWorkingDays(dossier.pausedSince(), clock.today());
        LocalDate due = calculator.calendar().addWorkingDays(dossier.dueDate(), paused);
        LocalDate counted = register.countedDueDate(code);
        register.resume(code, paused, due, counted.equals(dossier.dueDate()) ? null
                : calculator.calendar().addWorkingDays(counted, paused), clock.now());
        register.recordEvent(dossier, "CLOCK_RESUMED", Messages.text("dossier.history.clockResumed", paused,
                DayFormat.of(due)), actor, clock.now());
        if (paused > 0) {
            register.recordDueDateChange(dossier, DueDateChange.Kind.PAUSE, dossier.dueDate(), due,
                    Messages.text("dossier.due.paused", paused, reason == null
                            ? Messages.text("dossier.due.financialObligations") : lowerFirst(reason)),
                    actor, clock.now());
        }
        dueDateChanged(code);
        return due;
    }

    /** Tells the engine the appointment as the register now has it (new date, or the clock stopped). */
    private void dueDateChanged(String code) {
        Dossier changed = get(code);
        workflow.dueDateChanged(code, changed.processInstanceId(), changed.dueDate());
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    /**
     * The apology with a new appointment date, once per file (Decree 118/2025 Art 19(6)). Due at the
     * latest one day before the appointment; one sent later still gives the applicant a new date (the
     * seeds ask for an apology to files already late), is recorded as late, and the file stays late
     * against the old appointment.
     */
    @Transactional
    public LocalDate extend(String code, LocalDate newDue, String reason, String actor) {
        Dossier dossier = register.lock(code);
        if (!dossier.status().isOpen()) {
            // The apology task of a file handed over by post stays open until the post delivers.
            throw new ConflictException(Messages.text("dossier.extension.fileEnded", code, dossier.status().label()));
        }
        if (dossier.extended()) {
            throw new ConflictException(Messages.text("dossier.extension.onlyOnce", code));
        }
        if (!newDue.isAfter(dossier.dueDate())) {
            throw new ConflictException(
                    Messages.text("dossier.extension.notAfterDue", DayFormat.of(dossier.dueDate())));
        }
        if (!newDue.isAfter(clock.today())) {
            throw new ConflictException(Messages.text("dossier.extension.notAfterToday", DayFormat.of(clock.today())));
        }
        boolean late = !clock.today().isBefore(dossier.dueDate());
        LocalDate due = calculator.calendar().workingDayOnOrAfter(newDue);
        register.setDueDate(code, due, true, clock.now());
        if (late) {
            register.countLatenessAgainst(code, dossier.dueDate());
        }
        register.recordDueDateChange(dossier, DueDateChange.Kind.APOLOGY, dossier.dueDate(), due, reason, actor, clock.now());
        register.recordEvent(dossier, "APOLOGY_SENT", late
                ? Messages.text("dossier.history.apologyLate", DayFormat.of(due), reason,
                        DayFormat.of(dossier.dueDate()))
                : Messages.text("dossier.history.apology", DayFormat.of(due), reason), actor, clock.now());
        dueDateChanged(code);
        publish(code, DossierEvent.Kind.EXTENDED, "1", reason, actor);
        return due;
    }

    /**
     * Whether the file is likely to miss its appointment (Decree 118/2025 Art 19(6), "dự kiến quá hạn"):
     * the quotas of the steps still ahead, with what is left of the held ones, exceed the working days
     * left. Only such a file gets the apology task. A file still open on or after its appointment day is
     * late whatever its steps say, paused or not: it still owes the applicant a (late) apology with a new
     * date. The apology timer may fire long after it fell due (a job backlog, a node restart), by which
     * time the file may have reached an excluded period.
     */
    public boolean likelyLate(String code) {
        Dossier dossier = get(code);
        if (dossier.dueDate() == null) {
            return false;
        }
        LocalDate today = clock.today();
        // A paused file's clock stopped on pausedSince: only a file already late then is late now.
        LocalDate asOf = dossier.isPaused() ? dossier.pausedSince() : today;
        if (!asOf.isBefore(dossier.dueDate())) {
            return true;
        }
        if (dossier.isPaused()) {
            return false;
        }
        ProcedureRule rule = ruleOf(dossier);
        List<Handover> sheet = handovers.of(dossier.id());
        int ahead = 0;
        for (String step : rule.countedSteps()) {
            boolean done = sheet.stream().anyMatch(h -> h.stepKey().equals(step) && h.finishedAt() != null);
            if (done) {
                continue;
            }
            Handover held = sheet.stream().filter(h -> h.stepKey().equals(step) && h.finishedAt() == null && h.dueAt() != null)
                    .findFirst().orElse(null);
            if (held == null) {
                ahead += rule.quotaOf(step);
            } else {
                LocalDate stepDue = LocalDate.ofInstant(held.dueAt(), DeadlineCalculator.ZONE);
                ahead += stepDue.isAfter(today) ? calculator.calendar().workingDaysBetween(today, stepDue) : 0;
            }
        }
        int left = dossier.dueDate().isAfter(today) ? calculator.calendar().workingDaysBetween(today, dossier.dueDate()) : 0;
        return ahead > left;
    }

    /**
     * Whether the file's clock stands still: an excluded period (tax, posting...), or an agency's
     * supplement request made in time, after which the time limit counts again from zero (Decree
     * 118/2025 Art 19(5)). A late request leaves the clock running.
     */
    public boolean clockStopped(Dossier dossier) {
        return dossier.isPaused() || (dossier.status() == DossierStatus.WAITING_AGENCY_SUPPLEMENT
                && register.supplementRestartsClock(dossier.code()));
    }

    @Transactional
    public void recordNearDue(String code) {
        register.recordEvent(get(code), "NEAR_DUE", Messages.text("dossier.history.nearDue"), "system", clock.now());
    }

    @Transactional
    public void recordOverdue(String code) {
        Dossier dossier = get(code);
        register.recordEvent(dossier, "OVERDUE", dossier.extended()
                ? Messages.text("dossier.history.overdueAfterExtension")
                : Messages.text("dossier.history.overdue"), "system", clock.now());
    }

    @Transactional
    public void recordDecision(String code, String actor) {
        Dossier dossier = register.lock(code);
        if (!dossier.decisionIssued()) {
            register.markDecisionIssued(code, clock.now());
            register.recordEvent(dossier, "DECISION_ISSUED", Messages.text("dossier.history.decisionIssued"), actor,
                    clock.now());
        }
    }

    /** The applicant asks to stop (Decree 118/2025 Art 21): allowed until a decision is issued. */
    @Transactional
    public void requestWithdrawal(String code, String reason, String actor) {
        // The file's row is locked first: a second request for the same file waits, then finds it withdrawn,
        // instead of racing the first through the engine's message correlation.
        get(code); // 404 for an unknown code
        Dossier dossier = register.lock(code);
        if (!dossier.status().isOpen()) {
            throw new ConflictException(Messages.text("dossier.withdrawal.fileEnded", code, dossier.status().label()));
        }
        if (dossier.decisionIssued()) {
            throw new ConflictException(Messages.text("dossier.withdrawal.decisionIssued", code));
        }
        if (workflow.requestWithdrawal(code, reason)) {
            return;
        }
        if (dossier.status() != DossierStatus.WAITING_SUPPLEMENT_AT_RECEPTION
                && dossier.status() != DossierStatus.WAITING_AGENCY_SUPPLEMENT) {
            throw new ConflictException(Messages.text("dossier.withdrawal.notHere", code, dossier.status().label()));
        }
        // A file on a diagram deployed before withdrawal covered the supplement waits: no event listens
        // where it waits, so the register stops it (stop notice included) and its instances end here.
        withdraw(code, reason, actor);
        workflow.cancelFile(code, Messages.text("dossier.withdrawal.cancelled", reason));
    }

    @Transactional
    public void withdraw(String code, String reason, String actor) {
        Dossier dossier = register.lock(code);
        if (dossier.status() != DossierStatus.WITHDRAWN) {
            register.changeStatus(dossier, DossierStatus.WITHDRAWN, reason, actor, clock.now());
            workflow.stopLegacyClock(code, Messages.text("dossier.clock.withdrawn"));
            publish(code, DossierEvent.Kind.WITHDRAWN, "1", reason, actor);
        }
    }

    @Transactional
    public void prepareResult(String code, String outcome, String actor) {
        Dossier dossier = register.lock(code);
        if (dossier.status() != DossierStatus.RESULT_READY) {
            register.setResult(code, outcome, clock.now());
            register.changeStatus(dossier, DossierStatus.RESULT_READY,
                    "APPROVED".equals(outcome) ? Messages.text("dossier.history.resultApproved")
                            : Messages.text("dossier.history.resultRefused"),
                    actor, clock.now());
            if (!"APPROVED".equals(outcome)) {
                publish(code, DossierEvent.Kind.RESULT_REFUSED, "1", null, actor);
            }
        }
    }

    /** The result is handed over: the file ends early, on time or late against its appointment. */
    @Transactional
    public void finish(String code, String delivery, String actor) {
        Dossier dossier = register.lock(code);
        if (dossier.status() == DossierStatus.FINISHED) {
            return;
        }
        register.finish(code, delivery, clock.now());
        register.changeStatus(dossier, DossierStatus.FINISHED,
                Timeliness.of(clock.today(), register.countedDueDate(code)).label(), actor, clock.now());
        workflow.stopLegacyClock(code, DossierStatus.FINISHED.label());
        publish(code, DossierEvent.Kind.FINISHED, "1", delivery, actor);
    }

    private void publish(String code, DossierEvent.Kind kind, String occurrence, String detail, String actor) {
        events.publishEvent(new DossierEvent(code, kind, occurrence, detail, actor, clock.now()));
    }

    /**
     * Starts the time limit of a file complete at {@code completeAt}. Working days count from the
     * effective day of receipt (days off, and the cut-off where a province sets one, applied:
     * {@link DeadlineCalculator});
     * a limit in calendar days counts from the day the request was received (Land Law 2024 Art
     * 235(2) for mediation), its last day moved off a day off (Civil Code Art 148).
     */
    private LocalDate startClock(Dossier dossier, Instant completeAt, DueDateChange.Kind kind, String reason,
            String actor) {
        LocalDate receivedOn = LocalDate.ofInstant(completeAt, DeadlineCalculator.ZONE);
        ProcedureRule rule = catalogue.rule(dossier.procedureKey(), procedures.province(), receivedOn);
        boolean workingDays = rule.dayCount() == DayCount.WORKING_DAYS;
        int days = rule.daysFor(dossier.parcel().remoteCommune());
        Deadline deadline = workingDays ? calculator.start(completeAt, days) : null;
        LocalDate acceptedOn = workingDays ? deadline.acceptedOn() : receivedOn;
        LocalDate due = workingDays ? deadline.dueDate() : calculator.calendarDaysAfterReceipt(completeAt, days);
        register.accept(dossier.code(), acceptedOn, days, rule.dayCount().name(), rule.citation(), due, clock.now());
        register.recordDueDateChange(dossier, kind, dossier.dueDate(), due, Messages.text(workingDays
                ? "dossier.due.workingDays" : "dossier.due.calendarDays", reason, days), actor, clock.now());
        return due;
    }
}
