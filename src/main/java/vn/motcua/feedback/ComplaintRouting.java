package vn.motcua.feedback;

import java.util.Comparator;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.FileRouting;
import vn.motcua.dossier.Handover;
import vn.motcua.dossier.Handovers;
import vn.motcua.organisation.Agency;
import vn.motcua.organisation.GroupNames;
import vn.motcua.organisation.OrganisationCatalogue;
import vn.motcua.organisation.Unit;

/**
 * Who answers a complaint: the unit holding the file it names (the step opened last), the desk that
 * received the file once nobody holds it, or, with no file, the desk where it was recorded or the
 * centre of the caller's commune.
 */
@Component
class ComplaintRouting {

    /** The unit that answers and its leaders, who answer once it is late. */
    record Answerer(String unitGroup, String leadersGroup) {
    }

    private final Handovers handovers;
    private final FileRouting routing;
    private final OrganisationCatalogue organisation;

    ComplaintRouting(Handovers handovers, FileRouting routing, OrganisationCatalogue organisation) {
        this.handovers = handovers;
        this.routing = routing;
        this.organisation = organisation;
    }

    Answerer forFile(Dossier dossier) {
        Optional<String> holder = handovers.of(dossier.id()).stream().filter(h -> h.finishedAt() == null)
                .max(Comparator.comparing(Handover::receivedAt))
                .flatMap(h -> Handovers.unitsOf(h.unit()).stream().findFirst());
        String unit = holder.orElseGet(() -> routing.staffGroup(dossier.code(), Unit.DESK));
        return new Answerer(unit, GroupNames.leadersOf(unit));
    }

    /** No file: the recording officer's desk, else the centre of the commune named, else the province's first. */
    Answerer withoutFile(Set<String> officerGroups, String communeCode) {
        var current = organisation.current();
        Agency desk = current.deskOf(officerGroups)
                .orElseGet(() -> communeCode != null && current.commune(communeCode).isPresent()
                        ? current.centreOf(communeCode) : current.firstCentre());
        return new Answerer(desk.staffGroup(), desk.leadersGroup());
    }
}
