package vn.motcua.security;

import java.util.List;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

import vn.motcua.organisation.OrganisationDirectory;
import vn.motcua.system.Messages;

/**
 * Officers log in to the project's API with the same account as Tasklist and Cockpit: the
 * engine's identity store is the single source of users and groups.
 */
@Component
public class OfficerAuthenticationProvider implements AuthenticationProvider {

    private final OrganisationDirectory directory;

    OfficerAuthenticationProvider(OrganisationDirectory directory) {
        this.directory = directory;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String userId = authentication.getName();
        Object credentials = authentication.getCredentials();
        if (userId == null || userId.isBlank() || credentials == null
                || !directory.checkPassword(userId, credentials.toString())) {
            throw new BadCredentialsException(Messages.text("security.login.wrongPassword"));
        }
        return officer(userId);
    }

    /** The officer as every door knows him: his user id and his Camunda groups as "GROUP_" authorities. */
    Authentication officer(String userId) {
        List<SimpleGrantedAuthority> groups = directory.groupIdsOf(userId).stream()
                .map(id -> new SimpleGrantedAuthority(Officers.GROUP_PREFIX + id))
                .toList();
        return UsernamePasswordAuthenticationToken.authenticated(userId, null, groups);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
