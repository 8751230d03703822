package vn.motcua.security;

import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;

import vn.motcua.organisation.Role;
import vn.motcua.organisation.Unit;

/** Who counts as an officer for reading files: any unit, its leaders, supervisors. */
@Component("officers")
public class Officers {

    /** An officer's Camunda group "desk" is the authority "GROUP_desk". */
    public static final String GROUP_PREFIX = "GROUP_";

    public boolean isOfficer(Authentication authentication) {
        return authentication != null && groupsOf(authentication).stream().anyMatch(Officers::isOfficerGroup);
    }

    /** The caller's Camunda groups, from the authorities the officer login gave them. */
    public static Set<String> groupsOf(Authentication authentication) {
        return authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith(GROUP_PREFIX)).map(a -> a.substring(GROUP_PREFIX.length()))
                .collect(Collectors.toSet());
    }

    private static boolean isOfficerGroup(String group) {
        for (Unit unit : Unit.values()) {
            if (unit.groupId().equals(group) || unit.leaderGroupId().equals(group)) {
                return true;
            }
        }
        return Role.SUPERVISOR.groupId().equals(group) || Role.ADMIN.groupId().equals(group);
    }
}
