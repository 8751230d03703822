package vn.motcua.filepage;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import vn.motcua.calendar.DayFormat;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierDocuments;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.DossierViews;
import vn.motcua.dossier.DueDateChange;
import vn.motcua.dossier.Handover;
import vn.motcua.dossier.Timeliness;
import vn.motcua.feedback.ComplaintService;
import vn.motcua.feedback.ComplaintViews;
import vn.motcua.letter.LetterReader;
import vn.motcua.letter.OfficerNames;
import vn.motcua.organisation.Commune;
import vn.motcua.organisation.GroupNames;
import vn.motcua.organisation.OrganisationCatalogue;
import vn.motcua.partner.PartnerExchange;
import vn.motcua.partner.PartnerExchanges;
import vn.motcua.system.Messages;
import vn.motcua.system.TimeSource;

/** Puts a file's page together from what the files API already assembles ({@link DossierViews}) and its neighbours. */
@Component
class FilePages {

    /** Events kept with the statuses in the file's history, each with its label (filepage.history.*). */
    private static final Set<String> HISTORY_EVENTS = Set.of("LETTER_ISSUED", "COMPLAINT_RECEIVED", "COMPLAINT_ESCALATED");

    private final DossierViews views;
    private final DossierDocuments documents;
    private final PartnerExchanges exchanges;
    private final LetterReader letters;
    private final FileComments comments;
    private final OfficerNames officers;
    private final OrganisationCatalogue organisation;
    private final TimeSource clock;
    private final ComplaintService complaints;

    FilePages(DossierViews views, DossierDocuments documents, PartnerExchanges exchanges, LetterReader letters,
            FileComments comments, OfficerNames officers, OrganisationCatalogue organisation, TimeSource clock,
            ComplaintService complaints) {
        this.complaints = complaints;
        this.views = views;
        this.documents = documents;
        this.exchanges = exchanges;
        this.letters = letters;
        this.comments = comments;
        this.officers = officers;
        this.organisation = organisation;
        this.clock = clock;
    }

    FilePage of(Dossier d) {
        Instant now = clock.now();
        DossierViews.Detail detail = views.detail(d);
        List<Handover> handovers = detail.handovers();
        List<PartnerExchange> fileExchanges = exchanges.ofDossier(d.id());
        // a step sent to an agency's own system is held by that system, not by an officer who has not claimed it
        Map<String, String> waitingAgencies = fileExchanges.stream().filter(FilePages::waiting)
                .collect(Collectors.toMap(PartnerExchange::stepKey, e -> e.agency().displayName(), (a, b) -> a));
        return new FilePage(d.code(), d.procedureName(), detail.statusLabel(), detail.statusReason(), d.status().isOpen(),
                d.channel().label(), DayFormat.ofMoment(d.receivedAt()), DayFormat.of(d.acceptedOn()), DayFormat.of(d.dueDate()),
                timeLimit(d), d.timeLimitSource(), d.extended(),
                new FilePage.Clock(d.isPaused(), detail.pauseReason(), d.pausedWorkingDays(), d.supplementCount()),
                handovers.stream().filter(h -> h.finishedAt() == null).map(h -> holder(h, waitingAgencies, now)).toList(),
                detail.dueDateHistory().stream().map(this::dueLine).toList(),
                handovers.stream().map(h -> step(h, now)).toList(),
                d.applicant(), d.parcel(), organisation.current().commune(d.parcel().communeCode()).map(Commune::name)
                        .orElse(d.parcel().communeCode()),
                d.requestSummary() == null || d.requestSummary().isBlank() ? d.procedureName() : d.requestSummary(),
                documents.of(d.id()),
                fileExchanges.stream().map(e -> exchange(e, now)).toList(),
                letters.forOfficer(d.code()).stream().map(l -> new FilePage.LetterLine(l.id(), l.title(), l.number(),
                        DayFormat.ofMoment(l.createdAt()))).toList(),
                comments.of(d.code()).stream().map(c -> new FilePage.CommentLine(DayFormat.ofMoment(c.time().toInstant()),
                        officer(c.userId()), c.step(), c.text())).toList(),
                detail.statusHistory().stream().map(s -> new FilePage.StatusLine(statusLabel(s.status()), s.reason(),
                        officer(s.actor()), DayFormat.ofMoment(s.changedAt()))).toList(),
                DayFormat.ofMoment(d.finishedAt()), d.resultOutcome(),
                complaints.ofDossier(d.id()).stream().map(c -> ComplaintViews.of(c, clock.today())).toList());
    }

    private FilePage.Holder holder(Handover h, Map<String, String> waitingAgencies, Instant now) {
        String agency = waitingAgencies.get(h.stepKey());
        String who = agency != null ? Messages.text("filepage.holder.waitingForAgency", agency)
                : h.assignee() == null ? Messages.text("filepage.holder.unclaimed")
                : Messages.text("filepage.holder.officer", officer(h.assignee()));
        return new FilePage.Holder(units(h.unit()), who, h.stepName(),
                DayFormat.ofMoment(h.receivedAt()), DayFormat.ofMoment(h.dueAt()),
                h.dueAt() != null && now.isAfter(h.dueAt()));
    }

    private FilePage.StepLine step(Handover h, Instant now) {
        String verdict;
        String label;
        if (h.finishedAt() == null) {
            boolean late = h.dueAt() != null && now.isAfter(h.dueAt());
            verdict = late ? "OPEN_LATE" : "OPEN";
            label = Messages.text(late ? "filepage.step.openLate" : "filepage.step.open");
        } else if (h.outcome() == null) {
            // stopped by a withdrawal, a supplement request or the file's closing: no verdict on the step
            verdict = "CANCELLED";
            label = Messages.text("filepage.step.cancelled");
        } else {
            Timeliness timeliness = Timeliness.valueOf(h.outcome());
            verdict = timeliness.name();
            label = timeliness.label();
        }
        return new FilePage.StepLine(h.stepName(), units(h.unit()), officer(h.assignee()), DayFormat.ofMoment(h.receivedAt()),
                DayFormat.ofMoment(h.dueAt()), DayFormat.ofMoment(h.finishedAt()), verdict, label, h.escalated());
    }

    private static boolean waiting(PartnerExchange e) {
        return e.status() == PartnerExchange.Status.OPEN || e.status() == PartnerExchange.Status.SENT;
    }

    private FilePage.ExchangeLine exchange(PartnerExchange e, Instant now) {
        boolean waiting = waiting(e);
        return new FilePage.ExchangeLine(e.agency().displayName(), e.operation().displayName(), exchangeStatus(e.status()),
                DayFormat.ofMoment(e.sentAt() != null ? e.sentAt() : e.openedAt()), DayFormat.ofMoment(e.dueAt()),
                DayFormat.ofMoment(e.answeredAt()), e.outcome(), e.agencyReference(), e.reminderCount(),
                waiting && e.dueAt() != null && now.isAfter(e.dueAt()));
    }

    private FilePage.DueLine dueLine(DueDateChange c) {
        return new FilePage.DueLine(Messages.text("filepage.dueChange." + c.kind().name()), DayFormat.of(c.oldDue()),
                DayFormat.of(c.newDue()), c.reason(), officer(c.actor()), DayFormat.ofMoment(c.changedAt()));
    }

    private static String exchangeStatus(PartnerExchange.Status status) {
        return Messages.text("filepage.exchange." + status.name());
    }

    private static String timeLimit(Dossier d) {
        if (d.timeLimitDays() == null) {
            return "";
        }
        return "CALENDAR_DAYS".equals(d.timeLimitKind())
                ? Messages.text("filepage.timeLimit.calendarDays", d.timeLimitDays())
                : Messages.text("filepage.timeLimit.workingDays", d.timeLimitDays());
    }

    /** A line of the file's history: a status, or an event kept with them (a letter issued, see LetterIssuer). */
    private static String statusLabel(String status) {
        if (HISTORY_EVENTS.contains(status)) {
            return Messages.text("filepage.history." + status);
        }
        return Arrays.stream(DossierStatus.values()).filter(s -> s.name().equals(status)).map(DossierStatus::label)
                .findFirst().orElse(status);
    }

    /** A step's candidate groups ("landoffice,landofficeleaders") as the agencies' names. */
    private static String units(String groups) {
        if (groups == null) {
            return "";
        }
        return Arrays.stream(groups.split(",")).filter(g -> !g.isBlank()).map(GroupNames::of).distinct()
                .collect(Collectors.joining(", "));
    }

    /** "Lê Minh Tuấn (chuyenvien1)"; the system's own steps stay as they are recorded. */
    private String officer(String userId) {
        if (userId == null || userId.isBlank()) {
            return "";
        }
        String name = officers.of(userId);
        return name.isEmpty() ? userId : name + " (" + userId + ")";
    }
}
