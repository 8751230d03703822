package vn.motcua.organisation;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Units, roles, their authorizations and the Tasklist filters: needed in every profile,
 * written idempotently at each start so a new unit or permission reaches old databases too.
 */
@Component
class OrganisationSetup {

    private static final Logger log = LoggerFactory.getLogger(OrganisationSetup.class);

    private final UnitAuthorizations authorizations;
    private final TasklistFilters filters;

    OrganisationSetup(UnitAuthorizations authorizations, TasklistFilters filters) {
        this.authorizations = authorizations;
        this.filters = filters;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(10)
    public void apply() {
        try {
            applyOnce();
        } catch (RuntimeException e) {
            // Another node of the cluster wrote the same rows at the same moment: look again.
            log.warn("Organisation setup collided with another writer, retrying: {}", e.getMessage());
            applyOnce();
        }
        log.info("Organisation ready: {} units, {} roles, Tasklist filters in place",
                Unit.values().length, Role.values().length);
    }

    private void applyOnce() {
        authorizations.apply();
        filters.apply();
    }
}
