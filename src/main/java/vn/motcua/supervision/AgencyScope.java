package vn.motcua.supervision;

import java.util.Optional;
import java.util.function.Predicate;

import vn.motcua.organisation.Agency;
import vn.motcua.organisation.GroupNames;
import vn.motcua.organisation.Organisation;

/**
 * Which agencies' citizen figures (ratings, complaints, dialogues) the dashboard shows: those the
 * filter's unit, agency or commune names (a leader's view forces them to his own, {@link Viewer#restrict}),
 * by the agency's own commune, as the satisfaction table always did.
 */
final class AgencyScope {

    private AgencyScope() {
    }

    static boolean covers(KpiFilter filter, String agencyId, Organisation org) {
        Optional<Agency> agency = org.agency(agencyId);
        if (filter.agency() != null) {
            return filter.agency().id().equals(agencyId);
        }
        if (filter.unit() != null && (agency.isEmpty() || !KpiFilter.sameAgency(filter.unit(), agency.get()))) {
            return false;
        }
        return filter.commune() == null || agency.map(a -> filter.commune().equals(a.commune())).orElse(false);
    }

    /**
     * The staff groups whose complaints and dialogues are shown: the province's supervisors see every
     * unit, a unit's leaders their own (as before), both narrowed by the filter.
     */
    static Predicate<String> groups(KpiFilter filter, Viewer viewer, Organisation org) {
        return group -> (viewer.supervisor() || viewer.ledUnits().contains(group))
                && GroupNames.agency(group).map(a -> covers(filter, a.id(), org))
                        .orElse(filter.unit() == null && filter.agency() == null && filter.commune() == null);
    }
}
