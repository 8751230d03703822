package vn.motcua.organisation;

import vn.motcua.system.Messages;

/**
 * The roles the diagrams name ({@code ${routing.group(execution, 'landregistry')}}): which agency plays
 * each for a file is data (organisation/province.yaml). The first office's agencies keep these ids as
 * their groups; other agencies prefix them. Group ids use only letters and digits because Camunda's
 * default id pattern rejects '-'.
 */
public enum Unit {

    DESK("desk"),
    LAND_OFFICE("landoffice"),
    LAND_REGISTRY("landregistry"),
    TAX_OFFICE("taxoffice"),
    COMMUNE("commune");

    private static final String LEADERS_SUFFIX = "leaders";

    private final String groupId;

    Unit(String groupId) {
        this.groupId = groupId;
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

    /** The role's generic name, for places that name a role rather than an office (organisation.properties). */
    public String displayName() {
        return Messages.text("organisation.unit." + name());
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
