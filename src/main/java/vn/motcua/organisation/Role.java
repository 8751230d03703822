package vn.motcua.organisation;

import vn.motcua.system.Messages;

/** Cross-unit roles, each a Camunda group. */
public enum Role {

    SUPERVISOR("supervisors"),
    ANALYST("analysts"),
    ADMIN("camunda-admin"),
    /** Reads the node's metrics and health details (a Prometheus scraper), nothing else: no file, no task, no webapp. */
    MONITORING("monitoring");

    private final String groupId;

    Role(String groupId) {
        this.groupId = groupId;
    }

    public String groupId() {
        return groupId;
    }

    /** The group's name as people read it (messages/organisation.properties, keyed by the constant). */
    public String displayName() {
        return Messages.text("organisation.role." + name());
    }
}
