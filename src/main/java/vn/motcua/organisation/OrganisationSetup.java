package vn.motcua.organisation;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.motcua.system.SeedMarkers;
import vn.motcua.system.StartupSeed;

/**
 * The organisation file's agencies as Camunda groups, the roles, their authorizations and the Tasklist filters
 * ({@link UnitAccess}): needed in every profile, written idempotently at each start so a new unit or permission
 * reaches old databases too.
 */
@Component
@Order(10)
class OrganisationSetup implements StartupSeed {

    private static final Logger log = LoggerFactory.getLogger(OrganisationSetup.class);

    /** A marker row used as a cluster-wide lock, never as a "done" flag: the setup runs at every start. */
    static final String SETUP_LOCK = "organisation-setup-lock";

    private final UnitAccess access;
    private final SeedMarkers seeds;
    private final OrganisationCatalogue organisation;

    OrganisationSetup(UnitAccess access, SeedMarkers seeds, OrganisationCatalogue organisation) {
        this.organisation = organisation;
        this.access = access;
        this.seeds = seeds;
    }

    @Override
    public void seed() {
        try {
            applyOnce();
        } catch (RuntimeException e) {
            // Another node of the cluster wrote the same rows at the same moment: look again.
            log.warn("Organisation setup collided with another writer, retrying: {}", e.getMessage());
            applyOnce();
        }
        log.info("Organisation ready: {} agencies, {} roles, Tasklist filters in place",
                organisation.current().agencies().size(), Role.values().length);
    }

    /** A reloaded organisation file: new agencies get their groups and grants on this node at once. */
    @EventListener
    void reloaded(OrganisationCatalogue.Reloaded event) {
        seed();
    }

    /** Nodes starting together take turns: filters have no unique key that would stop a second copy. */
    private void applyOnce() {
        seeds.serialized(SETUP_LOCK, () -> access.apply(organisation.current()));
    }
}
