package vn.motcua.supervision;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.springframework.security.core.Authentication;

import vn.motcua.organisation.Role;
import vn.motcua.organisation.Unit;
import vn.motcua.security.Officers;

/**
 * Who is looking at the dashboard: a supervisor sees every unit; a unit leader sees only the unit
 * they lead, whatever the request asks for. Anyone else has no business here.
 */
record Viewer(String userId, boolean supervisor, List<Unit> ledUnits) {

    /** The authorities that may open the dashboard: supervisors and every unit's leaders. */
    static String[] allowedAuthorities() {
        return Stream.concat(Stream.of(Role.SUPERVISOR.groupId()), Arrays.stream(Unit.values()).map(Unit::leaderGroupId))
                .map(g -> Officers.GROUP_PREFIX + g).toArray(String[]::new);
    }

    static Viewer of(Authentication authentication) {
        Set<String> groups = Officers.groupsOf(authentication);
        List<Unit> led = Arrays.stream(Unit.values()).filter(u -> groups.contains(u.leaderGroupId())).toList();
        return new Viewer(authentication.getName(), groups.contains(Role.SUPERVISOR.groupId()), led);
    }

    /** The filter as asked, with the unit forced to the leader's own. */
    KpiFilter restrict(KpiFilter asked) {
        if (supervisor || ledUnits.isEmpty()) {
            return asked;
        }
        boolean askedOwn = ledUnits.stream().anyMatch(u -> u.groupId().equals(asked.unit()));
        return askedOwn ? asked : asked.withUnit(ledUnits.get(0).groupId());
    }

    /** Units this viewer may choose in the filter. */
    List<Unit> selectableUnits() {
        return supervisor ? List.of(Unit.values()) : ledUnits;
    }
}
