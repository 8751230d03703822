package vn.motcua.engine.organisation;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Service;

import vn.motcua.organisation.OrganisationDirectory;

/**
 * Idempotent writes to the engine's identity and authorization store: every method may run
 * again (a second start, a second node) without creating anything twice. The accounts' side is
 * organisation's {@link OrganisationDirectory}; groups and grants are for this package's setup.
 */
@Service
class EngineDirectory implements OrganisationDirectory {

    private final IdentityService identityService;
    private final AuthorizationService authorizationService;

    EngineDirectory(IdentityService identityService, AuthorizationService authorizationService) {
        this.identityService = identityService;
        this.authorizationService = authorizationService;
    }

    /** Creates the group, or renames it when the organisation file renamed its agency. */
    void ensureGroup(String id, String name) {
        Group existing = identityService.createGroupQuery().groupId(id).singleResult();
        if (existing != null) {
            if (!name.equals(existing.getName())) {
                existing.setName(name);
                identityService.saveGroup(existing);
            }
            return;
        }
        Group group = identityService.newGroup(id);
        group.setName(name);
        group.setType("WORKFLOW");
        identityService.saveGroup(group);
    }

    @Override
    public void ensureUser(String id, String firstName, String lastName, String password, String... groupIds) {
        if (!userExists(id)) {
            User user = identityService.newUser(id);
            user.setFirstName(firstName);
            user.setLastName(lastName);
            user.setEmail(id + "@motcua.example");
            user.setPassword(password);
            identityService.saveUser(user);
        }
        // One query for the groups the user is in, not one per group: this runs for every officer at each start.
        Set<String> memberOf = new HashSet<>(groupIdsOf(id));
        for (String groupId : groupIds) {
            if (memberOf.add(groupId)) {
                identityService.createMembership(id, groupId);
            }
        }
    }

    @Override
    public boolean checkPassword(String userId, String password) {
        return identityService.checkPassword(userId, password);
    }

    @Override
    public List<String> groupIdsOf(String userId) {
        return identityService.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
    }

    @Override
    public boolean userExists(String id) {
        return identityService.createUserQuery().userId(id).count() > 0;
    }

    /** Grants the permissions to a group on a resource, adding to a grant that already exists. */
    void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
        Authorization existing = authorizationService.createAuthorizationQuery()
                .groupIdIn(groupId)
                .resourceType(resource)
                .resourceId(resourceId)
                .singleResult();
        Authorization authorization = existing != null ? existing
                : authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        if (existing == null) {
            authorization.setGroupId(groupId);
            authorization.setResource(resource);
            authorization.setResourceId(resourceId);
        }
        boolean missing = Arrays.stream(permissions).anyMatch(p -> !authorization.isPermissionGranted(p));
        if (missing) {
            Arrays.stream(permissions).forEach(authorization::addPermission);
            authorizationService.saveAuthorization(authorization);
        }
    }

    /** Takes permissions back from a group, for grants an earlier version gave. */
    void revoke(String groupId, Resource resource, String resourceId, Permission... permissions) {
        Authorization existing = authorizationService.createAuthorizationQuery()
                .groupIdIn(groupId)
                .resourceType(resource)
                .resourceId(resourceId)
                .singleResult();
        if (existing != null && Arrays.stream(permissions).anyMatch(existing::isPermissionGranted)) {
            Arrays.stream(permissions).forEach(existing::removePermission);
            authorizationService.saveAuthorization(existing);
        }
    }

    /**
     * Every user's grant on his own record becomes exactly {@code permissions}: the engine gave ALL to
     * users created before, which let an officer rename (the name on letters) or delete himself.
     */
    void limitOwnUserRecords(Permission... permissions) {
        for (Authorization own : authorizationService.createAuthorizationQuery().resourceType(Resources.USER).list()) {
            if (own.getUserId() == null || !own.getUserId().equals(own.getResourceId())) {
                continue;
            }
            boolean exact = Arrays.stream(permissions).allMatch(own::isPermissionGranted)
                    && !own.isEveryPermissionGranted() && !own.isPermissionGranted(Permissions.DELETE);
            if (!exact) {
                own.setPermissions(permissions);
                authorizationService.saveAuthorization(own);
            }
        }
    }

    /** Grants to every user (the engine's global authorization, user id '*'). */
    void grantEveryone(Resource resource, String resourceId, Permission... permissions) {
        long existing = authorizationService.createAuthorizationQuery()
                .authorizationType(Authorization.AUTH_TYPE_GLOBAL)
                .resourceType(resource)
                .resourceId(resourceId)
                .count();
        if (existing > 0) {
            return;
        }
        Authorization authorization = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GLOBAL);
        authorization.setUserId(Authorization.ANY);
        authorization.setResource(resource);
        authorization.setResourceId(resourceId);
        Arrays.stream(permissions).forEach(authorization::addPermission);
        authorizationService.saveAuthorization(authorization);
    }
}
