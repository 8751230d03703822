package vn.motcua.organisation;

/**
 * The units that handle land files, each a Camunda group that BPMN candidate groups name.
 * Group ids use only letters because Camunda's default id pattern rejects '-'.
 */
public enum Unit {

    DESK("desk", "Bộ phận Một cửa (Trung tâm Phục vụ hành chính công)"),
    LAND_OFFICE("landoffice", "Phòng Nông nghiệp và Môi trường"),
    LAND_REGISTRY("landregistry", "Chi nhánh Văn phòng đăng ký đất đai"),
    TAX_OFFICE("taxoffice", "Thuế cơ sở"),
    COMMUNE("commune", "Ủy ban nhân dân xã");

    private final String groupId;
    private final String displayName;

    Unit(String groupId, String displayName) {
        this.groupId = groupId;
        this.displayName = displayName;
    }

    public String groupId() {
        return groupId;
    }

    /** Leaders of a unit form their own group: escalations and approvals go there. */
    public String leaderGroupId() {
        return groupId + "leaders";
    }

    public String displayName() {
        return displayName;
    }
}
