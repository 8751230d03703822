package vn.motcua.organisation;

import java.util.Set;

/**
 * An agency that handles land files, as the organisation file describes it.
 *
 * @param id stable key used by files and configuration ({@code anphuoc-centre})
 * @param code identifier code printed in its file codes
 * @param parent the superior printed above its name on letters, or blank
 * @param abbreviation used in its letter numbers
 * @param commune the commune of a commune-level agency, else null
 * @param serves the communes a branch or tax office covers; {@code *} for the whole province
 * @param groupPrefix letters before the role in its Camunda group ids
 */
public record Agency(String id, AgencyKind kind, String code, String name, String parent, String abbreviation,
        String commune, Set<String> serves, String place, String address, String phone, String headTitle,
        String headName, String groupPrefix) {

    public static final String WHOLE_PROVINCE = "*";

    public Unit role() {
        return kind.role();
    }

    /** The officers' group: their tasks, the files they hold. */
    public String staffGroup() {
        return groupPrefix + kind.role().groupId();
    }

    /** The leaders' group: approvals, escalations and the apology go there. */
    public String leadersGroup() {
        return groupPrefix + kind.role().leaderGroupId();
    }

    public boolean covers(String communeCode) {
        return kind.communeLevel() ? commune.equals(communeCode)
                : serves.contains(WHOLE_PROVINCE) || serves.contains(communeCode);
    }
}
