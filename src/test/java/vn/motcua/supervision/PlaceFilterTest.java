package vn.motcua.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.motcua.organisation.Agency;
import vn.motcua.organisation.AgencyKind;

/** The commune and agency of the filter, and what a commune leader is held to. */
class PlaceFilterTest {

    static final Agency CENTRE = agency("anphuoc-centre", AgencyKind.SERVICE_CENTRE, "26068", "anphuoc");
    static final Agency OFFICE = agency("anphuoc-economy", AgencyKind.COMMUNE_LAND_OFFICE, "26068", "anphuoc");
    static final YearMonth MARCH = YearMonth.of(2026, 3);

    static Agency agency(String id, AgencyKind kind, String commune, String prefix) {
        return new Agency(id, kind, "000.00.15.H58", id, "", "", commune, Set.of(), "", "", "", "", "", prefix);
    }

    @Test
    void aCentresFilesAreThoseItReceivedAnotherAgencysThoseItsGroupsHeld() {
        KpiFilter centre = new KpiFilter(MARCH, MARCH, null, null, "26068", CENTRE);
        assertThat(centre.receivedBy()).isEqualTo("anphuoc-centre");
        assertThat(centre.fileUnit()).isNull();
        assertThat(centre.stepUnit()).isEqualTo("anphuocdesk");

        KpiFilter office = new KpiFilter(MARCH, MARCH, null, null, null, OFFICE);
        assertThat(office.receivedBy()).isNull();
        assertThat(office.fileUnit()).isEqualTo("anphuoclandoffice").isEqualTo(office.stepUnit());
    }

    @Test
    void aUnitGoesWithItsOwnAgencyOnly() {
        assertThat(new KpiFilter(MARCH, MARCH, "anphuoclandofficeleaders", null, null, OFFICE).unit()).isNull();
        assertThatThrownBy(() -> new KpiFilter(MARCH, MARCH, "landregistry", null, null, OFFICE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(KpiFilter.sameAgency("landregistry", OFFICE)).isFalse();
    }

    @Test
    void aCommuneLeaderIsHeldToHisCommuneAUnitLeaderToHisUnit() {
        Viewer chair = new Viewer("chutichap", false, List.of(), List.of("26068"));
        KpiFilter asked = new KpiFilter(MARCH, MARCH, "landregistry", null, "26041", null);
        assertThat(chair.restrict(asked).commune()).isEqualTo("26068");
        assertThat(chair.restrict(asked).unit()).isEqualTo("landregistry");
        assertThat(chair.restrict(asked.withCommune(null)).commune()).isEqualTo("26068");

        Viewer leader = new Viewer("lanhdaoap", false, List.of("anphuoclandoffice"), List.of());
        KpiFilter forced = leader.restrict(new KpiFilter(MARCH, MARCH, null, null, "26068", CENTRE));
        assertThat(forced.unit()).isEqualTo("anphuoclandoffice");
        assertThat(forced.agency()).isNull();
        assertThat(forced.commune()).isEqualTo("26068");

        Viewer supervisor = new Viewer("giamsat1", true, List.of(), List.of());
        assertThat(supervisor.restrict(asked)).isEqualTo(asked);
    }
}
