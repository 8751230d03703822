package vn.motcua.organisation;

import java.util.Optional;

import vn.motcua.system.Messages;

/**
 * A Camunda group id in words, for control sheets, dashboards and letters: the agency's name from
 * the organisation in force. Static because records and templates ask for it; the catalogue keeps it
 * current, and code run without Spring (letter tests) reads the built-in file.
 */
public final class GroupNames {

    private static volatile Organisation organisation;

    private GroupNames() {
    }

    static void use(Organisation current) {
        organisation = current;
    }

    static Organisation organisation() {
        Organisation current = organisation;
        if (current == null) {
            current = OrganisationCatalogue.read("");
            organisation = current;
        }
        return current;
    }

    /** "Chi nhánh ... Long Thành", "Lãnh đạo Phòng Kinh tế xã An Phước", or the id itself if unknown. */
    public static String of(String groupId) {
        return agency(groupId).map(a -> a.leadersGroup().equals(groupId) ? leadersName(a) : a.name())
                .orElse(groupId == null ? "" : groupId);
    }

    /** "Lãnh đạo Phòng Kinh tế xã An Phước": the name of an agency's leaders' group. */
    public static String leadersName(Agency agency) {
        return Messages.text("organisation.leadersOf", agency.name());
    }

    public static Optional<Agency> agency(String groupId) {
        return organisation().agencyOfGroup(groupId);
    }

    /** The leaders' group of the agency a group belongs to; the group itself if it is no agency's. */
    public static String leadersOf(String groupId) {
        return agency(groupId).map(Agency::leadersGroup).orElse(groupId);
    }
}
