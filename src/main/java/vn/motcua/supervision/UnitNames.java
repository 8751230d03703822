package vn.motcua.supervision;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import vn.motcua.organisation.AgencyKind;
import vn.motcua.organisation.GroupNames;

/** Candidate-group ids of the control sheet in words: "anphuoclandofficeleaders" → "Phòng … (lãnh đạo)". */
final class UnitNames {

    /** Partner agencies and communes: the seeds ask who holds files late among them. */
    static final Set<AgencyKind> PARTNERS = Set.of(AgencyKind.REGISTRY_BRANCH, AgencyKind.TAX_OFFICE,
            AgencyKind.COMMUNE_COMMITTEE);

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
                .anyMatch(g -> GroupNames.agency(g).filter(a -> PARTNERS.contains(a.kind())).isPresent());
    }

    /** An agency's kind in the words of the province view. */
    static String kind(AgencyKind kind) {
        return switch (kind) {
            case SERVICE_CENTRE -> "Trung tâm Phục vụ hành chính công";
            case COMMUNE_COMMITTEE -> "UBND xã";
            case COMMUNE_LAND_OFFICE -> "Phòng chuyên môn xã";
            case PROVINCE_DEPARTMENT -> "Sở";
            case REGISTRY_BRANCH -> "Chi nhánh Văn phòng đăng ký đất đai";
            case TAX_OFFICE -> "Cơ quan thuế";
        };
    }

    static String one(String group) {
        return GroupNames.agency(group)
                .map(a -> a.leadersGroup().equals(group) ? a.name() + " (lãnh đạo)" : a.name())
                .orElse(group);
    }
}
