package vn.motcua.supervision;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.springframework.security.core.Authentication;

import vn.motcua.organisation.Agency;
import vn.motcua.organisation.GroupNames;
import vn.motcua.organisation.Role;
import vn.motcua.security.Officers;

/**
 * Who is looking at the dashboard: a province supervisor sees every unit; an agency's leader sees only
 * the unit he leads, whatever the request asks for. Anyone else has no business here.
 *
 * @param ledUnits the staff groups of the agencies whose leaders' group the viewer is in
 */
record Viewer(String userId, boolean supervisor, List<String> ledUnits) {

    /** A unit the filter offers: its group id and its agency's name. */
    record UnitChoice(String groupId, String displayName) {
    }

    /** Supervisors and the leaders of any agency of the organisation may open the dashboard. */
    static boolean mayOpen(Authentication authentication) {
        if (authentication == null || !authentication.isAuthenticated()) {
            return false;
        }
        Viewer viewer = of(authentication);
        return viewer.supervisor || !viewer.ledUnits.isEmpty();
    }

    static Viewer of(Authentication authentication) {
        Set<String> groups = Officers.groupsOf(authentication);
        List<String> led = groups.stream().sorted()
                .filter(g -> GroupNames.agency(g).filter(a -> a.leadersGroup().equals(g)).isPresent())
                .map(g -> GroupNames.agency(g).orElseThrow().staffGroup()).toList();
        return new Viewer(authentication.getName(), groups.contains(Role.SUPERVISOR.groupId()), led);
    }

    /** The filter as asked, with the unit forced to the leader's own. */
    KpiFilter restrict(KpiFilter asked) {
        if (supervisor || ledUnits.isEmpty()) {
            return asked;
        }
        return ledUnits.contains(asked.unit()) ? asked : asked.withUnit(ledUnits.get(0));
    }

    /** Units this viewer may choose in the filter. */
    List<UnitChoice> selectableUnits(List<Agency> agencies) {
        return agencies.stream().filter(a -> supervisor || ledUnits.contains(a.staffGroup()))
                .sorted(Comparator.comparing(Agency::name))
                .map(a -> new UnitChoice(a.staffGroup(), a.name())).toList();
    }
}
