package vn.motcua.organisation;

import java.util.List;

/**
 * The officers' accounts and groups, kept by the workflow engine (the one store of users, so Tasklist and
 * the API share a login). Writes are idempotent: they may run again (a second start, a second node)
 * without creating anything twice. Implemented by the engine adapter.
 */
public interface OrganisationDirectory {

    /** Creates the user if he does not exist, and makes him a member of each group he is not in yet. */
    void ensureUser(String id, String firstName, String lastName, String password, String... groupIds);

    boolean checkPassword(String userId, String password);

    List<String> groupIdsOf(String userId);

    boolean userExists(String id);
}
