package vn.motcua.organisation;

/**
 * The roles the diagrams name ({@code ${routing.group(execution, 'landregistry')}}): which agency plays
 * each for a file is data (organisation/province.yaml). The first office's agencies keep these ids as
 * their groups; other agencies prefix them. Group ids use only letters and digits because Camunda's
 * default id pattern rejects '-'.
 */
public enum Unit {

    DESK("desk", "Bộ phận Một cửa (Trung tâm Phục vụ hành chính công)"),
    LAND_OFFICE("landoffice", "Phòng Nông nghiệp và Môi trường"),
    LAND_REGISTRY("landregistry", "Chi nhánh Văn phòng đăng ký đất đai"),
    TAX_OFFICE("taxoffice", "Thuế cơ sở"),
    COMMUNE("commune", "Ủy ban nhân dân xã");

    private static final String LEADERS_SUFFIX = "leaders";

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
        return leadersOf(groupId);
    }

    /** The one place the leaders' group id is built: the staff group id plus "leaders" ("anphuoclandoffice" → "anphuoclandofficeleaders"). */
    public static String leadersOf(String staffGroup) {
        return staffGroup + LEADERS_SUFFIX;
    }

    /** Whether a group id is a leaders' group. */
    public static boolean isLeadersGroup(String group) {
        return group.endsWith(LEADERS_SUFFIX);
    }

    /** The staff group a group id stands for: a leaders' group counts for its unit. */
    public static String staffGroupOf(String group) {
        return isLeadersGroup(group) ? group.substring(0, group.length() - LEADERS_SUFFIX.length()) : group;
    }

    /** The role's generic name, for places that name a role rather than an office. */
    public String displayName() {
        return displayName;
    }

    /** The role whose group id (or leaders' group id) this is, as time-limit tables name it. */
    public static Unit valueOfGroup(String groupId) {
        for (Unit unit : values()) {
            if (unit.groupId().equals(groupId) || unit.leaderGroupId().equals(groupId)) {
                return unit;
            }
        }
        throw new IllegalArgumentException("Not a role of the diagrams: " + groupId);
    }
}
