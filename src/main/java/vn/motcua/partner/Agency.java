package vn.motcua.partner;

import java.util.Arrays;
import java.util.Optional;

import vn.motcua.system.Messages;

/**
 * The agencies a one-stop desk works with. {@link #id()} names the agency in configuration
 * ({@code motcua.partners.agencies.<id>}) and in the callback address.
 */
public enum Agency {

    LAND_REGISTRY("land-registry", "landregistry"),
    TAX("tax", "taxoffice"),
    COMMUNE("commune", "commune"),
    POST("post", "post"),
    PORTAL("portal", "portal"),
    POPULATION("population", "population"),
    /** SMS and e-mail to applicants (a telecom's brand-name gateway or the province's mail service). */
    MESSAGING("messaging", "messaging"),
    /** The province's 1022 hotline: pushes complaints (phản ánh, kiến nghị) and takes their answers. */
    HOTLINE("hotline", "hotline");

    private final String id;
    private final String unit;

    Agency(String id, String unit) {
        this.id = id;
        this.unit = unit;
    }

    public static Optional<Agency> byId(String id) {
        return Arrays.stream(values()).filter(a -> a.id.equals(id)).findFirst();
    }

    public String id() {
        return id;
    }

    /** The agency's name as people read it (messages/partner.properties). */
    public String displayName() {
        return Messages.text("partner.agency." + name());
    }

    /** The unit the control sheet and the KPIs attribute the agency's holding time to. */
    public String unit() {
        return unit;
    }
}
