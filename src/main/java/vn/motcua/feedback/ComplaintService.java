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
import vn.motcua.system.EngineClock;
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
    private final EngineClock clock;

    ComplaintService(Complaints complaints, ComplaintRouting routing, DossierRegister register, FeedbackRules rules,
            DeadlineCalculator calculator, EngineClock clock) {
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
        if (c.externalId() != null) {
            Optional<Complaint> known = complaints.findExternal(c.source(), c.externalId());
            if (known.isPresent()) {
                return new Recorded(known.get(), false);
            }
        }
        Optional<Dossier> file = c.dossierCode() == null ? Optional.empty() : register.findByCode(c.dossierCode());
        ComplaintRouting.Answerer answerer = file.map(routing::forFile)
                .orElseGet(() -> routing.withoutFile(officerGroups, c.communeCode()));
        Instant now = clock.now();
        LocalDate due = calculator.calendar().addWorkingDays(clock.today(), rules.complaintAnswerWorkingDays());
        long id = complaints.insert(new Complaint(0, c.source(), c.externalId(), c.kind(), c.dossierCode(),
                file.map(Dossier::id).orElse(null), answerer.unitGroup(), answerer.leadersGroup(), c.personName(),
                c.personPhone(), c.content(), now, due, rules.complaintAnswerSource(), recordedBy, null, null, null, null,
                null));
        file.ifPresent(d -> register.recordEvent(d, "COMPLAINT_RECEIVED", c.kind().label() + " từ " + c.source().label()
                + " về hồ sơ, giao " + GroupNames.of(answerer.unitGroup()) + " trả lời trước hết ngày " + DayFormat.of(due),
                recordedBy, now));
        return new Recorded(complaints.find(id).orElseThrow(), true);
    }

    public Complaint get(long id) {
        return complaints.find(id).orElseThrow(() -> new NotFoundException("Không có phản ánh, kiến nghị số " + id + "."));
    }

    /** The unit answers; its leaders too once the complaint is late and escalated to them. */
    public boolean mayAnswer(Complaint c, Set<String> groups) {
        return groups.contains(c.unitGroup()) || c.escalatedAt() != null && groups.contains(c.leadersGroup());
    }

    @Transactional
    public Complaint answer(long id, String answer, String officer, Set<String> groups) {
        Complaint c = complaints.lock(id).orElseThrow(() -> new NotFoundException("Không có phản ánh, kiến nghị số " + id + "."));
        if (!mayAnswer(c, groups)) {
            throw new ForbiddenException("Phản ánh, kiến nghị số " + id + " do " + GroupNames.of(c.unitGroup())
                    + " trả lời" + (c.escalatedAt() != null ? " hoặc lãnh đạo đơn vị" : "") + ".");
        }
        if (!complaints.answer(id, answer, officer, clock.now())) {
            throw new ConflictException("Phản ánh, kiến nghị số " + id + " đã được trả lời ngày "
                    + DayFormat.ofMoment(c.answeredAt()) + "; không trả lời lần thứ hai.");
        }
        return get(id);
    }

    /** The complaints still unanswered after their last day go to the leaders of their unit. */
    @Transactional
    public List<Complaint> escalateLate() {
        List<Complaint> late = complaints.escalateLate(clock.today(), clock.now());
        for (Complaint c : late) {
            if (c.dossierId() != null) {
                register.findByCode(c.dossierCode()).ifPresent(d -> register.recordEvent(d, "COMPLAINT_ESCALATED",
                        c.kind().label() + " số " + c.id() + " quá hạn trả lời (hết ngày " + DayFormat.of(c.dueOn())
                                + "): đã báo lãnh đạo " + GroupNames.of(c.unitGroup()), "system", clock.now()));
            }
        }
        return late;
    }

    public List<Complaint> forGroups(Set<String> groups) {
        return complaints.forGroups(groups);
    }

    public List<Complaint> ofDossier(long dossierId) {
        return complaints.ofDossier(dossierId);
    }
}
