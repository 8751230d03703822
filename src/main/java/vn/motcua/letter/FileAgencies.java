package vn.motcua.letter;

import java.util.List;
import java.util.Optional;

import vn.motcua.dossier.FileRoutes;
import vn.motcua.organisation.Agency;
import vn.motcua.organisation.Organisation;
import vn.motcua.organisation.Unit;

/**
 * The two agencies a file's letters speak for: the centre that received it and the agency that
 * answers for it.
 */
record FileAgencies(Agency desk, Agency processing) {

    /**
     * From the file's route. A file received before routing has no legs, and a leg may name an agency
     * since struck from the organisation: such a file keeps printing, in the name of the agency that
     * now holds the leg's groups, else the first office's (the plain role groups, which the tasks of
     * unrouted files name), else the first centre.
     *
     * @param processingUnit the role whose agency answers for the file ({@code ProcedureRule.processingUnit})
     */
    static FileAgencies of(Organisation organisation, List<FileRoutes.Leg> legs, Unit processingUnit) {
        return new FileAgencies(agency(organisation, legs, Unit.DESK),
                agency(organisation, legs, processingUnit));
    }

    private static Agency agency(Organisation organisation, List<FileRoutes.Leg> legs, Unit role) {
        Optional<FileRoutes.Leg> leg = legs.stream().filter(l -> role.groupId().equals(l.unit())).findFirst();
        return leg.flatMap(l -> organisation.agency(l.agencyId()))
                .or(() -> leg.flatMap(l -> organisation.agencyOfGroup(l.staffGroup())).filter(a -> a.role() == role))
                .or(() -> organisation.agencyOfGroup(role.groupId()))
                .orElseGet(organisation::firstCentre);
    }
}
