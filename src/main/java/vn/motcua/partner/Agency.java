package vn.motcua.partner;

import java.util.Arrays;
import java.util.Optional;

/**
 * The agencies a one-stop desk works with. {@link #id()} names the agency in configuration
 * ({@code motcua.partners.agencies.<id>}) and in the callback address.
 */
public enum Agency {

    LAND_REGISTRY("land-registry", "Văn phòng đăng ký đất đai", "landregistry"),
    TAX("tax", "Cơ quan thuế", "taxoffice"),
    COMMUNE("commune", "Ủy ban nhân dân xã", "commune"),
    POST("post", "Bưu chính công ích", "post"),
    PORTAL("portal", "Cổng Dịch vụ công quốc gia", "portal"),
    POPULATION("population", "Cơ sở dữ liệu quốc gia về dân cư", "population"),
    /** SMS and e-mail to applicants (a telecom's brand-name gateway or the province's mail service). */
    MESSAGING("messaging", "Dịch vụ tin nhắn và thư điện tử", "messaging"),
    /** The province's 1022 hotline: pushes complaints (phản ánh, kiến nghị) and takes their answers. */
    HOTLINE("hotline", "Tổng đài 1022 của tỉnh", "hotline");

    private final String id;
    private final String displayName;
    private final String unit;

    Agency(String id, String displayName, String unit) {
        this.id = id;
        this.displayName = displayName;
        this.unit = unit;
    }

    public static Optional<Agency> byId(String id) {
        return Arrays.stream(values()).filter(a -> a.id.equals(id)).findFirst();
    }

    public String id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    /** The unit the control sheet and the KPIs attribute the agency's holding time to. */
    public String unit() {
        return unit;
    }
}
