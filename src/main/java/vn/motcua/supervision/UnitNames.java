package vn.motcua.supervision;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import vn.motcua.organisation.Unit;

/** Candidate-group ids of the control sheet in words: "landofficeleaders" → "Phòng … (lãnh đạo)". */
final class UnitNames {

    /** Partner agencies and communes: the seeds ask who holds files late among them. */
    static final List<Unit> PARTNERS = List.of(Unit.LAND_REGISTRY, Unit.TAX_OFFICE, Unit.COMMUNE);

    private UnitNames() {
    }

    static String of(String groups) {
        if (groups == null || groups.isBlank()) {
            return "(không ghi đơn vị)";
        }
        return Arrays.stream(groups.split(",")).map(UnitNames::one).collect(Collectors.joining(", "));
    }

    static boolean isPartner(String groups) {
        return groups != null && Arrays.stream(groups.split(","))
                .anyMatch(g -> PARTNERS.stream().anyMatch(u -> u.groupId().equals(g) || u.leaderGroupId().equals(g)));
    }

    static String one(String group) {
        for (Unit unit : Unit.values()) {
            if (unit.groupId().equals(group)) {
                return unit.displayName();
            }
            if (unit.leaderGroupId().equals(group)) {
                return unit.displayName() + " (lãnh đạo)";
            }
        }
        return group;
    }
}
