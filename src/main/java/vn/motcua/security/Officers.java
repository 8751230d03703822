package vn.motcua.security;

import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;

import vn.motcua.organisation.AgencyKind;
import vn.motcua.organisation.OrganisationCatalogue;
import vn.motcua.organisation.Role;

/** Who counts as an officer: a member of any agency's group (organisation file), supervisors, admins. */
@Component("officers")
public class Officers {

    private final OrganisationCatalogue organisation;

    Officers(OrganisationCatalogue organisation) {
        this.organisation = organisation;
    }

    /** An officer's Camunda group "desk" is the authority "GROUP_desk". */
    public static final String GROUP_PREFIX = "GROUP_";

    public boolean isOfficer(Authentication authentication) {
        return authentication != null && groupsOf(authentication).stream().anyMatch(this::isOfficerGroup);
    }

    /** An officer of a centre's desk: receives files and records withdrawals. */
    public boolean atDesk(Authentication authentication) {
        return authentication != null && groupsOf(authentication).stream()
                .anyMatch(group -> organisation.current().agencyOfGroup(group)
                        .filter(a -> a.kind() == AgencyKind.SERVICE_CENTRE && a.staffGroup().equals(group)).isPresent());
    }

    /** The caller's Camunda groups, from the authorities the officer login gave them. */
    public static Set<String> groupsOf(Authentication authentication) {
        return authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith(GROUP_PREFIX)).map(a -> a.substring(GROUP_PREFIX.length()))
                .collect(Collectors.toSet());
    }

    private boolean isOfficerGroup(String group) {
        return organisation.current().agencyOfGroup(group).isPresent()
                || Role.SUPERVISOR.groupId().equals(group) || Role.ADMIN.groupId().equals(group);
    }
}
