package vn.motcua.organisation;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import org.junit.jupiter.api.Test;

class ProductionCredentialsGuardTest {

    private final OrganisationDirectory directory = mock(OrganisationDirectory.class);

    @Test
    void refusesDemoOrShortAdminPassword() {
        for (String password : new String[] {"", "demo", "DEMO", "short-pass"}) {
            assertThatThrownBy(() -> guard(password, false).afterPropertiesSet())
                    .as(password).hasMessageContaining("MOTCUA_ADMIN_PASSWORD");
        }
    }

    @Test
    void refusesDemoSeedingInProduction() {
        assertThatThrownBy(() -> guard("a-long-enough-secret", true).afterPropertiesSet())
                .hasMessageContaining("motcua.demo.enabled");
    }

    @Test
    void refusesDemoUsersLeftInTheDatabase() {
        when(directory.userExists(anyString())).thenAnswer(call -> call.getArgument(0).equals("tiepnhan1"));
        assertThatThrownBy(() -> guard("a-long-enough-secret", false).afterPropertiesSet())
                .hasMessageContaining("tiepnhan1");
    }

    @Test
    void acceptsConfiguredCredentials() {
        assertThatCode(() -> guard("a-long-enough-secret", false).afterPropertiesSet()).doesNotThrowAnyException();
    }

    private ProductionCredentialsGuard guard(String password, boolean demoEnabled) {
        return new ProductionCredentialsGuard(directory, password, demoEnabled);
    }
}
