package vn.motcua.organisation;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Refuses to start a production node with demo credentials: a weak or demo administrator
 * password, or demo officers left in the database from a demo run. The administrator is the one the
 * engine creates at its first start ({@code camunda.bpm.admin-user}).
 */
@Component
@Profile("prod")
class ProductionCredentialsGuard implements InitializingBean {

    private static final Set<String> DEMO_PASSWORDS = Set.of("demo", "admin", "password", "123456", "motcua");
    private static final int MIN_PASSWORD_LENGTH = 12;

    private final OrganisationDirectory directory;
    private final String adminPassword;
    private final boolean demoEnabled;

    @Autowired
    ProductionCredentialsGuard(OrganisationDirectory directory,
            @Value("${camunda.bpm.admin-user.password:}") String adminPassword, DemoProperties demo) {
        this(directory, adminPassword, demo.enabled());
    }

    ProductionCredentialsGuard(OrganisationDirectory directory, String adminPassword, boolean demoEnabled) {
        this.directory = directory;
        this.adminPassword = adminPassword == null ? "" : adminPassword;
        this.demoEnabled = demoEnabled;
    }

    @Override
    public void afterPropertiesSet() {
        if (demoEnabled) {
            throw new IllegalStateException("The prod profile must not seed demo users: set motcua.demo.enabled=false");
        }
        if (adminPassword.isBlank() || DEMO_PASSWORDS.contains(adminPassword.toLowerCase())
                || adminPassword.length() < MIN_PASSWORD_LENGTH) {
            throw new IllegalStateException("MOTCUA_ADMIN_PASSWORD must be set to a password of at least "
                    + MIN_PASSWORD_LENGTH + " characters that is not a demo password");
        }
        List<String> leftovers = Arrays.stream(DemoUser.values()).map(DemoUser::id)
                .filter(directory::userExists).toList();
        if (!leftovers.isEmpty()) {
            throw new IllegalStateException("Demo users exist in this database and would log in with the demo "
                    + "password; delete them in Camunda Admin first: " + leftovers);
        }
    }
}
