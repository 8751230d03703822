package vn.motcua.dossier;

import java.util.Set;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import vn.motcua.organisation.Role;
import vn.motcua.organisation.Unit;
import vn.motcua.security.Officers;
import vn.motcua.system.ForbiddenException;
import vn.motcua.system.Messages;

/**
 * Who may read a file (its detail, letters and partner exchanges): the province's supervisors and
 * administrators read every file; the desk that received it (it returns the result and answers the
 * applicant); the units that hold it or held it, by a step of their own or a request to them as a
 * partner agency; and the leaders of the parcel's commune. Another commune's officers do not. The
 * engine's authorizations do the same for tasks, through the groups the file is routed to.
 */
@Component
public class FileReaders {

    private static final Set<String> READ_EVERY_FILE = Set.of(Role.SUPERVISOR.groupId(), Role.ADMIN.groupId());

    private final DossierService dossiers;
    private final Handovers handovers;
    private final FileRoutes routes;

    FileReaders(DossierService dossiers, Handovers handovers, FileRoutes routes) {
        this.dossiers = dossiers;
        this.handovers = handovers;
        this.routes = routes;
    }

    /**
     * @return the file, if the caller may read it
     * @throws vn.motcua.system.NotFoundException no such file
     * @throws ForbiddenException the file never passed through the caller's unit
     */
    public Dossier readable(String code, Authentication caller) {
        Dossier dossier = dossiers.get(code);
        Set<String> groups = Officers.groupsOf(caller);
        if (groups.stream().anyMatch(READ_EVERY_FILE::contains)) {
            return dossier;
        }
        Set<String> passed = handovers.unitsPassed(dossier.id());
        if (Handovers.unitsOf(String.join(",", groups)).stream().anyMatch(passed::contains)
                || routes.legs(dossier.id()).stream().anyMatch(leg -> readsAs(leg, groups))) {
            return dossier;
        }
        throw new ForbiddenException(Messages.text("dossier.readers.notYourFile", code));
    }

    /** The receiving desk (officers and leaders) and the commune's leaders read the file from the start. */
    private static boolean readsAs(FileRoutes.Leg leg, Set<String> groups) {
        if (Unit.DESK.groupId().equals(leg.unit())) {
            return groups.contains(leg.staffGroup()) || groups.contains(leg.leadersGroup());
        }
        return Unit.COMMUNE.groupId().equals(leg.unit()) && groups.contains(leg.leadersGroup());
    }
}
