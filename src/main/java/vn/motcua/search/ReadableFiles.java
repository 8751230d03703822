package vn.motcua.search;

import java.util.Set;

import vn.motcua.dossier.Handovers;
import vn.motcua.organisation.Role;

/**
 * Which files a caller may find: the rule of {@link vn.motcua.dossier.FileReaders} for one file, as a
 * condition on the whole register. Supervisors and administrators find every file; any other officer
 * the files received by their desk, held now or before by their unit, or of their commune if they
 * lead its committee.
 *
 * @param groups the caller's Camunda groups, from a Basic login, a Tasklist session or a page login
 */
public record ReadableFiles(Set<String> groups) {

    public ReadableFiles {
        groups = Set.copyOf(groups);
    }

    public boolean everyFile() {
        return groups.contains(Role.SUPERVISOR.groupId()) || groups.contains(Role.ADMIN.groupId());
    }

    /** The units the caller's groups stand for: "landofficeleaders" counts as "landoffice". */
    Set<String> units() {
        return Handovers.unitsOf(String.join(",", groups));
    }
}
