package vn.motcua.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;

import vn.motcua.organisation.OrganisationDirectory;

/** The one sign-on without the engine: the webapps' session login is the port's, the officer the API's. */
class WebappSessionLoginTest {

    private final WebappSessions sessions = mock(WebappSessions.class);
    private final OrganisationDirectory directory = mock(OrganisationDirectory.class);
    private final WebappSessionLogin login = new WebappSessionLogin(sessions, new OfficerAuthenticationProvider(directory));
    private final MockHttpServletRequest request = new MockHttpServletRequest();

    @Test
    void aSessionTheWebappsLoggedInIsTheSameOfficerAsTheApisOne() {
        when(sessions.loggedInUser(request)).thenReturn("xa1");
        when(directory.groupIdsOf("xa1")).thenReturn(List.of("commune"));

        var deferred = login.loadDeferredContext(request);

        assertThat(deferred.isGenerated()).isFalse();
        assertThat(login.containsContext(request)).isTrue();
        assertThat(deferred.get().getAuthentication().getName()).isEqualTo("xa1");
        assertThat(deferred.get().getAuthentication().getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .containsExactly(Officers.GROUP_PREFIX + "commune");
    }

    @Test
    void noWebappLoginIsAnAnonymousRequestAndReadsNoGroups() {
        var deferred = login.loadDeferredContext(request);

        assertThat(deferred.isGenerated()).isTrue();
        assertThat(login.containsContext(request)).isFalse();
        assertThat(deferred.get().getAuthentication()).isNull();
        verify(directory, never()).groupIdsOf(anyString());
    }

    @Test
    void theFormLoginLogsInToTheWebappsAndTheLogoutOut() {
        var officer = UsernamePasswordAuthenticationToken.authenticated("xa1", null, List.of());
        login.saveContext(new SecurityContextImpl(officer), request, new MockHttpServletResponse());
        verify(sessions).logIn(request, "xa1");

        SecurityContext empty = new SecurityContextImpl();
        login.saveContext(empty, request, new MockHttpServletResponse());
        verify(sessions).logOut(request);
    }
}
