package vn.motcua.publicpage;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import vn.motcua.calendar.DayFormat;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.DossierViews;
import vn.motcua.dossier.DueDateChange;
import vn.motcua.dossier.Handover;
import vn.motcua.dossier.StatusChange;
import vn.motcua.letter.LetterKind;
import vn.motcua.letter.LetterReader;
import vn.motcua.organisation.Agency;
import vn.motcua.organisation.GroupNames;
import vn.motcua.organisation.OrganisationCatalogue;
import vn.motcua.organisation.Unit;
import vn.motcua.system.Messages;

/** Puts the applicant's view of a file together from what the files API assembles ({@link DossierViews}). */
@Component
class PublicFiles {

    /** The lines of the file's history an applicant is told about, in the words the SMS uses; the rest is internal. */
    private static final Set<String> EVENTS = Set.of("CLOCK_PAUSED", "CLOCK_RESUMED", "APOLOGY_SENT", "DECISION_ISSUED");

    private final DossierViews views;
    private final LetterReader letters;
    private final OrganisationCatalogue organisation;
    private final SatisfactionRatings ratings;

    PublicFiles(DossierViews views, LetterReader letters, OrganisationCatalogue organisation, SatisfactionRatings ratings) {
        this.views = views;
        this.letters = letters;
        this.organisation = organisation;
        this.ratings = ratings;
    }

    PublicFile of(Dossier d) {
        DossierViews.Detail detail = views.detail(d);
        // a file that has ended is held by nobody, whatever step the engine may not have closed yet
        List<Handover> open = d.status().isOpen()
                ? detail.handovers().stream().filter(h -> h.finishedAt() == null).toList() : List.of();
        PublicFile.Pause pause = d.isPaused() ? new PublicFile.Pause(DayFormat.of(d.pausedSince()),
                detail.pauseReason() == null ? Messages.text("publicpage.file.pauseReasonUnknown") : detail.pauseReason()) : null;
        return new PublicFile(d.code(), d.procedureName(), d.status().label(), detail.statusReason(), d.status().isOpen(),
                DayFormat.ofMoment(d.receivedAt()), DayFormat.of(d.dueDate()), DayFormat.ofMoment(d.finishedAt()), pause,
                open.stream().map(h -> new PublicFile.Holder(agencies(h.unit()), h.stepName(), DayFormat.ofMoment(h.receivedAt()),
                        DayFormat.ofMoment(h.dueAt()))).toList(),
                detail.dueDateHistory().stream().map(PublicFiles::change).toList(),
                detail.statusHistory().stream().map(PublicFiles::event).flatMap(Optional::stream).toList(),
                letters.forOfficer(d.code()).stream().filter(l -> LetterKind.valueOf(l.kind()).citizenVisible())
                        .map(l -> new PublicFile.Letter(l.id(), l.title(), l.number(), DayFormat.ofMoment(l.createdAt())))
                        .toList(),
                desk(detail), rating(d));
    }

    /** The centre that received the file, from its route; the first centre for a file received before routing. */
    Agency deskOf(Dossier d) {
        return agencyOf(views.detail(d), Unit.DESK.groupId()).orElseGet(() -> organisation.current().firstCentre());
    }

    /** The agency that answers for the file, from its route, or null. */
    String processingAgencyOf(Dossier d, String processingUnit) {
        return agencyOf(views.detail(d), processingUnit).map(Agency::id).orElse(null);
    }

    private Optional<Agency> agencyOf(DossierViews.Detail detail, String role) {
        return detail.route().stream().filter(leg -> role.equals(leg.role())).findFirst()
                .flatMap(leg -> organisation.current().agency(leg.agencyId()));
    }

    private PublicFile.Desk desk(DossierViews.Detail detail) {
        Agency desk = agencyOf(detail, Unit.DESK.groupId()).orElseGet(() -> organisation.current().firstCentre());
        return new PublicFile.Desk(desk.name(), desk.address(), desk.phone());
    }

    private PublicFile.Rating rating(Dossier d) {
        if (d.status() != DossierStatus.FINISHED) {
            return new PublicFile.Rating("NOT_YET", "", null);
        }
        return ratings.of(d.id()).map(r -> new PublicFile.Rating("DONE", DayFormat.ofMoment(r.ratedAt()), r.score()))
                .orElse(new PublicFile.Rating("OPEN", "", null));
    }

    private static PublicFile.AppointmentChange change(DueDateChange c) {
        String what = Messages.text("publicpage.appointment." + c.kind().name());
        return new PublicFile.AppointmentChange(what, DayFormat.of(c.oldDue()), DayFormat.of(c.newDue()),
                c.reason() == null ? "" : c.reason(), DayFormat.ofMoment(c.changedAt()), c.kind() == DueDateChange.Kind.APOLOGY);
    }

    private static Optional<PublicFile.Event> event(StatusChange s) {
        String what = EVENTS.contains(s.status()) ? Messages.text("publicpage.event." + s.status()) : null;
        if (what == null) {
            what = Arrays.stream(DossierStatus.values()).filter(st -> st.name().equals(s.status()))
                    .map(DossierStatus::label).findFirst().orElse(null);
        }
        return Optional.ofNullable(what).map(w -> new PublicFile.Event(DayFormat.ofMoment(s.changedAt()), w,
                s.reason() == null ? "" : s.reason()));
    }

    /** A step's candidate groups ("landoffice,landofficeleaders") as the agencies' names. */
    private static String agencies(String groups) {
        if (groups == null) {
            return "";
        }
        return Arrays.stream(groups.split(",")).filter(g -> !g.isBlank()).map(GroupNames::of).distinct()
                .collect(Collectors.joining(", "));
    }
}
