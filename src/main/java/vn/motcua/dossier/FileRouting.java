package vn.motcua.dossier;

import java.util.HashSet;

import org.springframework.stereotype.Component;

import vn.motcua.organisation.Agency;
import vn.motcua.organisation.Commune;
import vn.motcua.organisation.Organisation;
import vn.motcua.organisation.OrganisationCatalogue;
import vn.motcua.organisation.OrganisationDirectory;
import vn.motcua.organisation.Route;
import vn.motcua.organisation.Unit;
import vn.motcua.system.Messages;

/**
 * The diagrams name roles, never offices: the group of a role for a file (the registry branch that
 * covers this file's parcel, say) comes from the file's route fixed at receipt, so it does not depend
 * on which node asks. The diagrams ask through the engine adapter's {@code routing} bean
 * ({@code candidateGroups="${routing.group(execution, 'landregistry')}"}).
 */
@Component
public class FileRouting {

    private final FileRoutes routes;
    private final OrganisationCatalogue organisation;
    private final OrganisationDirectory directory;

    FileRouting(FileRoutes routes, OrganisationCatalogue organisation, OrganisationDirectory directory) {
        this.routes = routes;
        this.organisation = organisation;
        this.directory = directory;
    }

    /**
     * The route of a new file: received by the desk the receiving officer works at (any commune's
     * parcel, Decree 118/2025 Art 14(2)), or for a file from the portal by the centre of the parcel's
     * commune; processed by the agencies that cover the parcel's commune.
     *
     * @throws IllegalArgumentException the commune is not one of the province's
     */
    Route routeFor(String procedureKey, String communeCode, String actor) {
        Organisation current = organisation.current();
        Agency desk = current.deskOf(new HashSet<>(directory.groupIdsOf(actor)))
                .orElseGet(() -> current.centreOf(communeCode));
        return current.route(procedureKey, communeCode, desk);
    }

    Commune commune(String code) {
        return organisation.current().commune(code)
                .orElseThrow(() -> new IllegalArgumentException(Messages.text("dossier.commune.unknown", code,
                        organisation.current().provinceName())));
    }

    void fix(long dossierId, Route route) {
        routes.save(dossierId, route);
    }

    /** The officers' group of the agency playing this role for the file. */
    public String staffGroup(String fileCode, Unit role) {
        return routes.leg(fileCode, role).map(FileRoutes.Leg::staffGroup).orElse(role.groupId());
    }

    /** Its leaders' group: approvals and escalations. */
    public String leadersGroup(String fileCode, Unit role) {
        return routes.leg(fileCode, role).map(FileRoutes.Leg::leadersGroup).orElse(role.leaderGroupId());
    }

    /** A role as the diagrams name it (its unit's group id: desk, landoffice...). */
    public static Unit role(String role) {
        for (Unit unit : Unit.values()) {
            if (unit.groupId().equals(role)) {
                return unit;
            }
        }
        throw new IllegalArgumentException("'" + role + "' is not a role of the diagrams (desk, landoffice,"
                + " landregistry, taxoffice, commune)");
    }
}
