package vn.motcua.security;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import vn.motcua.organisation.Role;
import vn.motcua.organisation.Unit;

/** Who counts as an officer for reading files: any unit, its leaders, supervisors. */
@Component("officers")
public class Officers {

    public boolean isOfficer(Authentication authentication) {
        if (authentication == null) {
            return false;
        }
        return authentication.getAuthorities().stream().map(a -> a.getAuthority()).anyMatch(Officers::isOfficerGroup);
    }

    private static boolean isOfficerGroup(String authority) {
        if (!authority.startsWith(OfficerAuthenticationProvider.GROUP_PREFIX)) {
            return false;
        }
        String group = authority.substring(OfficerAuthenticationProvider.GROUP_PREFIX.length());
        for (Unit unit : Unit.values()) {
            if (unit.groupId().equals(group) || unit.leaderGroupId().equals(group)) {
                return true;
            }
        }
        return Role.SUPERVISOR.groupId().equals(group) || Role.ADMIN.groupId().equals(group);
    }
}
