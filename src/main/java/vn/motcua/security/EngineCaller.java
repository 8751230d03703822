package vn.motcua.security;

import java.util.List;

import vn.motcua.organisation.Role;

/** Who calls the engine API: the user and groups Camunda authenticated, by HTTP Basic or a webapp session. */
public record EngineCaller(String userId, List<String> groups) {

    boolean isAdmin() {
        return groups.contains(Role.ADMIN.groupId());
    }

    boolean isSupervisor() {
        return groups.contains(Role.SUPERVISOR.groupId());
    }

    boolean isAnalyst() {
        return groups.contains(Role.ANALYST.groupId());
    }
}
