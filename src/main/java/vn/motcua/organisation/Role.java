package vn.motcua.organisation;

/** Cross-unit roles, each a Camunda group. */
public enum Role {

    SUPERVISOR("supervisors", "Tổ giám sát, văn phòng"),
    ANALYST("analysts", "Cán bộ phân tích quy trình"),
    ADMIN("camunda-admin", "Quản trị hệ thống"),
    /** Reads the node's metrics and health details (a Prometheus scraper), nothing else: no file, no task, no webapp. */
    MONITORING("monitoring", "Theo dõi vận hành hệ thống");

    private final String groupId;
    private final String displayName;

    Role(String groupId, String displayName) {
        this.groupId = groupId;
        this.displayName = displayName;
    }

    public String groupId() {
        return groupId;
    }

    public String displayName() {
        return displayName;
    }
}
