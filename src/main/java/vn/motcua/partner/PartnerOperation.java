package vn.motcua.partner;

import java.util.Arrays;
import java.util.Optional;

import vn.motcua.system.Messages;

/**
 * What a file asks of a partner agency. Those with a callback are exchanges a diagram waits for;
 * the portal and the population database answer at once.
 */
public enum PartnerOperation {

    CADASTRAL_EXTRACT(Agency.LAND_REGISTRY, "/cadastral-extracts"),
    CADASTRAL_SURVEY(Agency.LAND_REGISTRY, "/cadastral-surveys"),
    RECORD_UPDATE(Agency.LAND_REGISTRY, "/record-updates"),
    CERTIFICATE_PRINTING(Agency.LAND_REGISTRY, "/certificate-printings"),
    FINANCIAL_OBLIGATION_NOTICE(Agency.TAX, "/financial-obligations"),
    PAYMENT_CONFIRMATION(Agency.TAX, "/payment-confirmations"),
    LAND_ORIGIN_CONFIRMATION(Agency.COMMUNE, "/land-origin-confirmations"),
    PUBLIC_POSTING(Agency.COMMUNE, "/public-postings"),
    RESULT_DELIVERY(Agency.POST, "/deliveries"),
    STATUS_SYNC(Agency.PORTAL, "/dossier-statuses"),
    CITIZEN_CHECK(Agency.POPULATION, "/citizen-checks"),
    APPLICANT_NOTICE(Agency.MESSAGING, "/notices"),
    COMPLAINT_ANSWER(Agency.HOTLINE, "/complaint-answers");

    private final Agency agency;
    private final String path;

    PartnerOperation(Agency agency, String path) {
        this.agency = agency;
        this.path = path;
    }

    public static Optional<PartnerOperation> byName(String name) {
        return Arrays.stream(values()).filter(o -> o.name().equals(name)).findFirst();
    }

    public Agency agency() {
        return agency;
    }

    /** Below the agency's base URL. */
    public String path() {
        return path;
    }

    /** What is asked, as people read it (messages/partner.properties). */
    public String displayName() {
        return Messages.text("partner.operation." + name());
    }
}
