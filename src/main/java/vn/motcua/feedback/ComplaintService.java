package vn.motcua.feedback;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.calendar.DayFormat;
import vn.motcua.calendar.DeadlineCalculator;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierRegister;
import vn.motcua.organisation.GroupNames;
import vn.motcua.system.ConflictException;
import vn.motcua.system.Messages;
import vn.motcua.system.TimeSource;
import vn.motcua.system.ForbiddenException;
import vn.motcua.system.NotFoundException;

/**
 * The life of a complaint: recorded once (a retried hotline push finds the first), linked to the file it
 * names, given its answering unit and last day; answered once by that unit, or by its leaders once late.
 */
@Service
public class ComplaintService {

    /** What a complaint says when it comes in; {@code dossierCode} and {@code communeCode} may be null. */
    record NewComplaint(Complaint.Source source, String externalId, Complaint.Kind kind, String dossierCode,
            String communeCode, String personName, String personPhone, String content) {
    }

    private final Complaints complaints;
    private final ComplaintRouting routing;
    private final DossierRegister register;
    private final FeedbackRules rules;
    private final DeadlineCalculator calculator;
    private final TimeSource clock;
    private final ComplaintTasks tasks;

    ComplaintService(Complaints complaints, ComplaintRouting routing, DossierRegister register, FeedbackRules rules,
            DeadlineCalculator calculator, TimeSource clock, ComplaintTasks tasks) {
        this.tasks = tasks;
        this.complaints = complaints;
        this.routing = routing;
        this.register = register;
        this.rules = rules;
        this.calculator = calculator;
        this.clock = clock;
    }

    /** @param created false when the hotline had pushed the same complaint before */
    record Recorded(Complaint complaint, boolean created) {
    }

    @Transactional
    public Recorded record(NewComplaint c, String recordedBy, Set<String> officerGroups) {
        return record(c, recordedBy, officerGroups, clock.now());
    }

    /** @param now when it was received: the engine's clock, or a moment of the past for the demo's late complaint */
    @Transactional
    Recorded record(NewComplaint c, String recordedBy, Set<String> officerGroups, Instant now) {
        if (c.externalId() != null) {
            Optional<Complaint> known = complaints.findExternal(c.source(), c.externalId());
            if (known.isPresent()) {
                return new Recorded(known.get(), false);
            }
        }
        Optional<Dossier> file = c.dossierCode() == null ? Optional.empty() : register.findByCode(c.dossierCode());
        ComplaintRouting.Answerer answerer = file.map(routing::forFile)
                .orElseGet(() -> routing.withoutFile(officerGroups, c.communeCode()));
        LocalDate due = calculator.calendar().addWorkingDays(now.atZone(DeadlineCalculator.ZONE).toLocalDate(),
                rules.complaintAnswerWorkingDays());
        long id = complaints.insert(new Complaint(0, c.source(), c.externalId(), c.kind(), c.dossierCode(),
                file.map(Dossier::id).orElse(null), answerer.unitGroup(), answerer.leadersGroup(), c.personName(),
                c.personPhone(), c.content(), now, due, rules.complaintAnswerSource(), recordedBy, null, null, null, null,
                null));
        file.ifPresent(d -> register.recordEvent(d, "COMPLAINT_RECEIVED", Messages.text("feedback.event.received",
                c.kind().label(), c.source().label(), GroupNames.of(answerer.unitGroup()), DayFormat.of(due)),
                recordedBy, now));
        Complaint recorded = complaints.find(id).orElseThrow();
        // same transaction: a complaint is never recorded without its task, nor a task left without its row
        tasks.open(recorded);
        return new Recorded(recorded, true);
    }

    public Complaint get(long id) {
        return complaints.find(id).orElseThrow(() -> notFound(id));
    }

    /** The unit answers; its leaders too once the complaint is late and escalated to them. */
    public boolean mayAnswer(Complaint c, Set<String> groups) {
        return groups.contains(c.unitGroup()) || c.escalatedAt() != null && groups.contains(c.leadersGroup());
    }

    /** Over the API: the complaint's task in Tasklist, if any, ends with it. */
    @Transactional
    public Complaint answer(long id, String answer, String officer, Set<String> groups) {
        Complaint c = complaints.lock(id).orElseThrow(() -> notFound(id));
        if (!mayAnswer(c, groups)) {
            throw new ForbiddenException(Messages.text(c.escalatedAt() != null ? "feedback.complaint.answeredByUnitOrLeaders"
                    : "feedback.complaint.answeredByUnit", id, GroupNames.of(c.unitGroup())));
        }
        Complaint answered = write(c, answer, officer);
        tasks.answeredElsewhere(answered);
        return answered;
    }

    /**
     * From the complaint's task in Tasklist: the engine already checked that the officer is one of the
     * task's candidates (the unit, and its leaders once late), so only the answer is written here.
     */
    @Transactional
    public Complaint answerFromTask(long id, String answer, String officer) {
        Complaint c = complaints.lock(id).orElseThrow(() -> notFound(id));
        return write(c, answer, officer);
    }

    private static NotFoundException notFound(long id) {
        return new NotFoundException(Messages.text("feedback.complaint.notFound", id));
    }

    /** Once: the hotline's outbox ({@link ComplaintAnswerDelivery}) then picks a hotline complaint's answer up. */
    private Complaint write(Complaint c, String answer, String officer) {
        if (!complaints.answer(c.id(), answer, officer, clock.now())) {
            throw new ConflictException(Messages.text("feedback.complaint.alreadyAnswered", c.id(),
                    DayFormat.ofMoment(c.answeredAt())));
        }
        return get(c.id());
    }

    /**
     * One complaint's timer in Tasklist fired: it goes to the leaders, unless the schedule's pass
     * ({@link #escalateLate()}) or an answer came first. @return the complaint, if marked by this call
     */
    @Transactional
    public Optional<Complaint> escalate(long id) {
        if (!complaints.escalate(id, clock.today(), clock.now())) {
            return Optional.empty();
        }
        Complaint c = get(id);
        recordEscalation(c);
        return Optional.of(c);
    }

    /** The complaints still unanswered after their last day go to the leaders of their unit. */
    @Transactional
    public List<Complaint> escalateLate() {
        List<Complaint> late = complaints.escalateLate(clock.today(), clock.now());
        late.forEach(this::recordEscalation);
        return late;
    }

    private void recordEscalation(Complaint c) {
        if (c.dossierId() != null) {
            register.findByCode(c.dossierCode()).ifPresent(d -> register.recordEvent(d, "COMPLAINT_ESCALATED",
                    Messages.text("feedback.event.escalated", c.kind().label(), c.id(), DayFormat.of(c.dueOn()),
                            GroupNames.of(c.unitGroup())), "system", clock.now()));
        }
    }

    public List<Complaint> forGroups(Set<String> groups) {
        return complaints.forGroups(groups);
    }

    public List<Complaint> ofDossier(long dossierId) {
        return complaints.ofDossier(dossierId);
    }
}
