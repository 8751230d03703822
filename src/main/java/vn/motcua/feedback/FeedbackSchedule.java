package vn.motcua.feedback;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import vn.motcua.partner.PartnerProperties;
import vn.motcua.system.SchedulingConfiguration;

/**
 * On every node, with the portal sync's pace and thread: late complaints go to the leaders, and
 * answers go back to the 1022 hotline. Off when the partners' background work is off (tests run the
 * passes by hand).
 */
@Component
class FeedbackSchedule {

    private static final Logger log = LoggerFactory.getLogger(FeedbackSchedule.class);

    private final ComplaintService complaints;
    private final ComplaintAnswerDelivery delivery;
    private final boolean enabled;

    FeedbackSchedule(ComplaintService complaints, ComplaintAnswerDelivery delivery, PartnerProperties partners) {
        this.complaints = complaints;
        this.delivery = delivery;
        this.enabled = partners.backgroundSyncEnabled();
    }

    @Scheduled(initialDelayString = "${motcua.partners.background-sync-delay:10s}",
            fixedDelayString = "${motcua.partners.background-sync-delay:10s}", scheduler = SchedulingConfiguration.PORTAL_SYNC)
    void run() {
        if (!enabled) {
            return;
        }
        try {
            complaints.escalateLate();
            while (delivery.deliverPending() == ComplaintAnswerDelivery.BATCH) {
                // a full batch: more are waiting
            }
        } catch (RuntimeException e) {
            log.warn("Complaint pass failed; it runs again shortly: {}", e.toString());
        }
    }
}
