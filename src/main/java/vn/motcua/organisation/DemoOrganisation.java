package vn.motcua.organisation;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.motcua.system.SeedMarkers;
import vn.motcua.system.StartupSeed;

/**
 * Demo officers, one or more per role, with Vietnamese names. Written at the first start
 * only; never in the "prod" profile, which turns {@code motcua.demo.enabled} off.
 */
@Component
@ConditionalOnProperty(name = "motcua.demo.enabled", havingValue = "true")
@Order(20)
class DemoOrganisation implements StartupSeed {

    // v2: the demo province's other communes and branch; users already there are left as they are.
    static final String SEED = "demo-organisation-v2";

    private static final Logger log = LoggerFactory.getLogger(DemoOrganisation.class);

    private final OrganisationDirectory directory;
    private final SeedMarkers seeds;
    private final String password;

    DemoOrganisation(OrganisationDirectory directory, SeedMarkers seeds, DemoProperties demo) {
        this.directory = directory;
        this.seeds = seeds;
        this.password = demo.password();
    }

    @Override
    public void seed() {
        // The marker is claimed first, so a node starting at the same moment does not write the same users.
        if (seeds.runOnce(SEED, () -> {
            for (DemoUser user : DemoUser.values()) {
                directory.ensureUser(user.id(), user.firstName(), user.lastName(), password, user.groupIds());
            }
        })) {
            log.info("Demo organisation seeded: {} officers, password '{}' (see docs/demo.md)",
                    DemoUser.values().length, password);
        }
    }
}
