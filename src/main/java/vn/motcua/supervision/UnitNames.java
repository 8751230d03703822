package vn.motcua.supervision;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import vn.motcua.organisation.AgencyKind;
import vn.motcua.organisation.GroupNames;
import vn.motcua.system.Messages;

/** Candidate-group ids of the control sheet in words: "anphuoclandofficeleaders" → "Phòng … (lãnh đạo)". */
final class UnitNames {

    /** Partner agencies and communes: the seeds ask who holds files late among them. */
    static final Set<AgencyKind> PARTNERS = Set.of(AgencyKind.REGISTRY_BRANCH, AgencyKind.TAX_OFFICE,
            AgencyKind.COMMUNE_COMMITTEE);

    private UnitNames() {
    }

    static String of(String groups) {
        if (groups == null || groups.isBlank()) {
            return Messages.text("supervision.unit.none");
        }
        return Arrays.stream(groups.split(",")).map(UnitNames::one).collect(Collectors.joining(", "));
    }

    static boolean isPartner(String groups) {
        return groups != null && Arrays.stream(groups.split(","))
                .anyMatch(g -> GroupNames.agency(g).filter(a -> PARTNERS.contains(a.kind())).isPresent());
    }

    /** An agency's kind in the words of the province view. */
    static String kind(AgencyKind kind) {
        return Messages.text("supervision.agencyKind." + kind.name());
    }

    static String one(String group) {
        return GroupNames.agency(group)
                .map(a -> a.leadersGroup().equals(group) ? Messages.text("supervision.unit.leaders", a.name()) : a.name())
                .orElse(group);
    }
}
