package vn.motcua.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** The organisation file: what the built-in province routes where, and how a bad file is refused. */
class OrganisationFileTest {

    private static final String GOOD = """
            province: { code: "99", name: "Tỉnh Thử" }
            communes:
              - { code: "10001", name: "Xã Một" }
              - { code: "10002", name: "Xã Hai", remote: true }
            agencies:
              - { id: one-centre, kind: SERVICE_CENTRE, code: "000.00.01.T01", name: "Trung tâm xã Một", commune: "10001", groupPrefix: "" }
              - { id: two-centre, kind: SERVICE_CENTRE, code: "000.00.01.T02", name: "Trung tâm xã Hai", commune: "10002", groupPrefix: "hai" }
              - { id: one-committee, kind: COMMUNE_COMMITTEE, code: "000.00.02.T01", name: "UBND xã Một", commune: "10001", groupPrefix: "" }
              - { id: two-committee, kind: COMMUNE_COMMITTEE, code: "000.00.02.T02", name: "UBND xã Hai", commune: "10002", groupPrefix: "hai" }
              - { id: department, kind: PROVINCE_DEPARTMENT, code: "000.00.03.T00", name: "Sở", serves: ["*"], groupPrefix: "so" }
              - { id: branch, kind: REGISTRY_BRANCH, code: "000.00.04.T00", name: "Chi nhánh", serves: ["10001", "10002"], groupPrefix: "" }
              - { id: tax, kind: TAX_OFFICE, code: "000.00.05.T00", name: "Thuế", serves: ["*"], groupPrefix: "" }
            routing:
              default:
                landoffice: { kind: PROVINCE_DEPARTMENT, source: "Quyết định thử" }
                commune: { kind: COMMUNE_COMMITTEE, source: "Luật Đất đai 2024 Điều 235" }
                landregistry: { kind: REGISTRY_BRANCH, source: "thử" }
                taxoffice: { kind: TAX_OFFICE, source: "thử" }
              procedures: {}
            """;

    @Test
    void theBuiltInProvinceRoutesEachCommuneToItsOwnAgenciesAndBranch() {
        Organisation demo = OrganisationCatalogue.read("");
        assertThat(demo.communes()).extracting(Commune::code).containsExactly("26041", "26068", "25219");
        Agency anPhuocDesk = demo.agency("anphuoc-centre").orElseThrow();
        Route route = demo.route("parcel-split", "25219", anPhuocDesk);
        assertThat(route.agency(Unit.DESK).id()).isEqualTo("anphuoc-centre");
        assertThat(route.agency(Unit.LAND_REGISTRY).staffGroup()).isEqualTo("phuoclonglandregistry");
        assertThat(route.agency(Unit.LAND_OFFICE).leadersGroup()).isEqualTo("bugiamaplandofficeleaders");
        assertThat(route.agency(Unit.TAX_OFFICE).id()).isEqualTo("tax-dongnai");
        assertThat(demo.route("parcel-split", "26041", demo.firstCentre()).agency(Unit.LAND_REGISTRY).staffGroup())
                .isEqualTo("landregistry");
        assertThat(demo.commune("25219").orElseThrow().remote()).isTrue();
    }

    @Test
    void aProcedureMayRouteARoleToAnotherKindOfAgency() throws IOException {
        Organisation organisation = parse(GOOD.replace("procedures: {}", """
                procedures:
                    land-dispute-mediation:
                      landoffice: { kind: PROVINCE_DEPARTMENT, source: "Quyết định thử 2" }
                """));
        assertThat(organisation.route("land-dispute-mediation", "10002", organisation.agency("one-centre").orElseThrow())
                .agency(Unit.LAND_OFFICE).staffGroup()).isEqualTo("solandoffice");
        assertThat(organisation.routingRule("land-dispute-mediation", Unit.LAND_OFFICE).orElseThrow().source())
                .isEqualTo("Quyết định thử 2");
    }

    @Test
    void aBadFileIsRefusedWithEveryMistakeNamed() {
        String bad = GOOD
                .replace("kind: TAX_OFFICE, code", "kind: TAX_AUTHORITY, code")
                .replace("serves: [\"10001\", \"10002\"]", "serves: [\"10001\", \"10003\"]")
                .replace("groupPrefix: \"hai\" }\n  - { id: one-committee", "groupPrefix: \"\" }\n  - { id: one-committee")
                .replace("source: \"Luật Đất đai 2024 Điều 235\"", "source: \"\"");
        assertThatThrownBy(() -> parse(bad)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("test.yaml")
                .hasMessageContaining("'TAX_AUTHORITY' không phải một loại cơ quan")
                .hasMessageContaining("'10003' không phải một xã")
                .hasMessageContaining("nhóm desk trùng với một cơ quan khác")
                .hasMessageContaining("routing.default.commune: cần ghi căn cứ pháp lý");
    }

    @Test
    void aCommuneLeftWithoutAnAgencyForARoleIsRefusedAtLoadNotWhenAFileArrives() {
        String noBranchForTwo = GOOD.replace("serves: [\"10001\", \"10002\"]", "serves: [\"10001\"]");
        assertThatThrownBy(() -> parse(noBranchForTwo))
                .hasMessageContaining("xã 10002 (Xã Hai): không có cơ quan loại REGISTRY_BRANCH làm vai trò landregistry");
        String twoTaxOffices = GOOD.replace("  - { id: tax,", "  - { id: tax2, kind: TAX_OFFICE, code: \"000.00.05.T09\","
                + " name: \"Thuế 2\", serves: [\"10002\"], groupPrefix: \"thue2\" }\n  - { id: tax,");
        assertThatThrownBy(() -> parse(twoTaxOffices))
                .hasMessageContaining("xã 10002 (Xã Hai): có 2 cơ quan loại TAX_OFFICE");
    }

    @Test
    void aFileThatIsNotYamlOfTheRightShapeSaysWhere() {
        assertThatThrownBy(() -> parse(GOOD.replace("province:", "provinse:")))
                .hasMessageContaining("test.yaml: tệp YAML không đúng cấu trúc").hasMessageContaining("provinse");
    }

    private static Organisation parse(String yaml) throws IOException {
        return OrganisationCatalogue.parse(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "test.yaml");
    }
}
