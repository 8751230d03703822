package vn.motcua.supervision;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.core.Authentication;

import vn.motcua.organisation.Agency;
import vn.motcua.organisation.AgencyKind;
import vn.motcua.organisation.Commune;
import vn.motcua.organisation.GroupNames;
import vn.motcua.organisation.Role;
import vn.motcua.security.Officers;

/**
 * Who is looking at the dashboard: a province supervisor sees everything; a commune leader (leaders'
 * group of a commune's People's Committee) sees only the files whose parcel lies in his commune; any
 * other agency's leader sees only the unit he leads; whatever the request asks for. Anyone else has
 * no business here.
 *
 * @param ledUnits the staff groups of the agencies other than commune committees whose leaders' group
 *        the viewer is in
 * @param ledCommunes the communes whose committee's leaders' group the viewer is in
 */
record Viewer(String userId, boolean supervisor, List<String> ledUnits, List<String> ledCommunes) {

    /** A unit the filter offers: its group id and its agency's name. */
    record UnitChoice(String groupId, String displayName) {
    }

    /** Supervisors and the leaders of any agency of the organisation may open the dashboard. */
    static boolean mayOpen(Authentication authentication) {
        if (authentication == null || !authentication.isAuthenticated()) {
            return false;
        }
        Viewer viewer = of(authentication);
        return viewer.supervisor || viewer.leader();
    }

    /** The province's supervisors: they alone compare communes and agencies (the province view). */
    static boolean isSupervisor(Authentication authentication) {
        return authentication != null && authentication.isAuthenticated() && of(authentication).supervisor;
    }

    static Viewer of(Authentication authentication) {
        Set<String> groups = Officers.groupsOf(authentication);
        List<Agency> led = groups.stream().sorted().map(Viewer::ledAgency).flatMap(Optional::stream).toList();
        return new Viewer(authentication.getName(), groups.contains(Role.SUPERVISOR.groupId()),
                led.stream().filter(a -> !committee(a)).map(Agency::staffGroup).toList(),
                led.stream().filter(Viewer::committee).map(Agency::commune).distinct().toList());
    }

    /** The agency whose leaders' group this is. */
    private static Optional<Agency> ledAgency(String group) {
        return GroupNames.agency(group).filter(a -> a.leadersGroup().equals(group));
    }

    private static boolean committee(Agency agency) {
        return agency.kind() == AgencyKind.COMMUNE_COMMITTEE;
    }

    public boolean leader() {
        return !ledUnits.isEmpty() || !ledCommunes.isEmpty();
    }

    public boolean communeLeader() {
        return !supervisor && !ledCommunes.isEmpty();
    }

    /**
     * The filter as asked, with the commune forced to a commune leader's own (he may narrow by unit or
     * agency within it), or the unit forced to a unit leader's own (the agency asked for dropped).
     */
    KpiFilter restrict(KpiFilter asked) {
        if (supervisor || !leader()) {
            return asked;
        }
        if (!ledCommunes.isEmpty()) {
            return asked.commune() != null && ledCommunes.contains(asked.commune()) ? asked
                    : asked.withCommune(ledCommunes.get(0));
        }
        String unit = asked.unit() != null && ledUnits.contains(asked.unit()) ? asked.unit() : ledUnits.get(0);
        return unit.equals(asked.unit()) && asked.agency() == null ? asked : asked.withUnit(unit);
    }

    /** Units this viewer may choose in the filter: a commune leader, those that serve his commune. */
    List<UnitChoice> selectableUnits(List<Agency> agencies) {
        return selectableAgencies(agencies).stream().map(a -> new UnitChoice(a.staffGroup(), a.name())).toList();
    }

    /** Agencies this viewer may choose: all for a supervisor, those serving a commune leader's commune. */
    List<Agency> selectableAgencies(List<Agency> agencies) {
        return agencies.stream().filter(a -> supervisor || ledUnits.contains(a.staffGroup())
                || ledCommunes.stream().anyMatch(a::covers))
                .sorted(Comparator.comparing(Agency::name)).toList();
    }

    /** Communes this viewer may choose: a commune leader his own, a unit leader those his agency covers. */
    List<Commune> selectableCommunes(List<Commune> communes, List<Agency> agencies) {
        return communes.stream().filter(c -> supervisor || ledCommunes.contains(c.code()) || agencies.stream()
                .anyMatch(a -> ledUnits.contains(a.staffGroup()) && a.covers(c.code()))).toList();
    }
}
