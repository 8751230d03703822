package vn.motcua.partner;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import vn.motcua.system.SchedulingConfiguration;

/**
 * The work that leaves the database on its own schedule, on every node: status changes to the
 * national portal and notices to applicants, and applicants' ID numbers to the population database. Each runs on its own
 * scheduler thread, so a slow population database never delays the portal. A failed pass is only
 * logged: its rows stay where they are and the next pass takes them.
 */
@Component
class BackgroundSync {

    private static final Logger log = LoggerFactory.getLogger(BackgroundSync.class);

    private final PortalSync portal;
    private final ApplicantNotices notices;
    private final CitizenChecks citizens;
    private final boolean enabled;

    BackgroundSync(PortalSync portal, ApplicantNotices notices, CitizenChecks citizens, PartnerProperties properties) {
        this.portal = portal;
        this.notices = notices;
        this.citizens = citizens;
        this.enabled = properties.backgroundSyncEnabled();
    }

    @Scheduled(initialDelayString = "${motcua.partners.background-sync-delay:10s}",
            fixedDelayString = "${motcua.partners.background-sync-delay:10s}", scheduler = SchedulingConfiguration.PORTAL_SYNC)
    void synchronisePortal() {
        if (!enabled) {
            return;
        }
        try {
            while (portal.sendPending() == PortalSync.BATCH) {
                // a full batch: more are waiting
            }
        } catch (RuntimeException e) {
            log.warn("Portal synchronisation pass failed; it runs again shortly: {}", e.toString());
        }
        // The applicant hears of the same changes, on the same thread: both are outboxes of the file's history.
        try {
            while (notices.sendPending() == ApplicantNotices.BATCH) {
                // a full batch: more are waiting
            }
        } catch (RuntimeException e) {
            log.warn("Applicant notice pass failed; it runs again shortly: {}", e.toString());
        }
    }

    @Scheduled(initialDelayString = "${motcua.partners.background-sync-delay:10s}",
            fixedDelayString = "${motcua.partners.background-sync-delay:10s}", scheduler = SchedulingConfiguration.CITIZEN_CHECKS)
    void checkCitizens() {
        if (!enabled) {
            return;
        }
        try {
            citizens.checkPending();
        } catch (RuntimeException e) {
            log.warn("Citizen ID check pass failed; it runs again shortly: {}", e.toString());
        }
    }
}
