package vn.motcua.letter;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.FileRoutes;
import vn.motcua.organisation.Agency;
import vn.motcua.organisation.AgencyKind;
import vn.motcua.organisation.Organisation;
import vn.motcua.organisation.OrganisationCatalogue;
import vn.motcua.organisation.OrganisationProperties;
import vn.motcua.organisation.Unit;

/**
 * Each agency issues in its own name (built-in organisation file): a parcel-split file for a parcel in
 * Bù Gia Mập, received at An Phước's desk and answered for by the Phước Long registry branch.
 */
class AgencyLettersTest {

    private static final Organisation ORGANISATION = new OrganisationCatalogue(new OrganisationProperties(""),
            event -> { }).current();
    private static final Agency AN_PHUOC_CENTRE = ORGANISATION.agency("anphuoc-centre").orElseThrow();
    private static final Agency PHUOC_LONG_REGISTRY = ORGANISATION.agency("registry-phuoclong").orElseThrow();
    private static final FileAgencies REMOTE_SPLIT = new FileAgencies(AN_PHUOC_CENTRE, PHUOC_LONG_REGISTRY);

    @Test
    void eachKindIsIssuedByTheAgencyThatActsOnIt() {
        Map<LetterKind, IssuingAgency> expected = new EnumMap<>(LetterKind.class);
        for (LetterKind kind : List.of(LetterKind.RECEIPT, LetterKind.SUPPLEMENT_REQUEST, LetterKind.REFUSAL,
                LetterKind.RESULT_HANDOVER, LetterKind.CLOSING_NOTICE, LetterKind.CONTROL_SHEET)) {
            expected.put(kind, IssuingAgency.RECEIVING_CENTRE);
        }
        for (LetterKind kind : List.of(LetterKind.APOLOGY, LetterKind.RESULT_REFUSAL, LetterKind.STOP_NOTICE)) {
            expected.put(kind, IssuingAgency.PROCESSING_AGENCY);
        }
        assertThat(expected).hasSize(LetterKind.values().length);
        expected.forEach((kind, issuer) -> assertThat(IssuingAgency.of(kind, false)).as(kind.name()).isEqualTo(issuer));
        // Asked during appraisal, a supplement request is the processing agency's.
        assertThat(IssuingAgency.of(LetterKind.SUPPLEMENT_REQUEST, true)).isEqualTo(IssuingAgency.PROCESSING_AGENCY);
    }

    @Test
    void theApologyCarriesTheProcessingAgencysLetterheadPlaceAndHead() {
        String apology = OfficialFormFieldsTest.text(facts(LetterKind.APOLOGY));
        assertThat(apology).contains("VĂN PHÒNG ĐĂNG KÝ ĐẤT ĐAI TỈNH ĐỒNG NAI"
                + " CHI NHÁNH VĂN PHÒNG ĐĂNG KÝ ĐẤT ĐAI KHU VỰC PHƯỚC LONG Số: 01/PXL-CNVPĐKĐĐ",
                "Phước Long, ngày 17 tháng 12 năm 2026",
                "Ngày 23/11/2026, Trung tâm Phục vụ hành chính công xã An Phước tiếp nhận hồ sơ",
                "Chi nhánh Văn phòng đăng ký đất đai khu vực Phước Long xin lỗi Ông/Bà",
                "- Trung tâm Phục vụ hành chính công xã An Phước (để điều chỉnh ngày hẹn trả);",
                "GIÁM ĐỐC (Ký, ghi rõ họ tên và đóng dấu) Võ Thành Trung")
                .doesNotContain("Long Thành", "Phòng Nông nghiệp");
    }

    @Test
    void theDeskLettersCarryTheReceivingCentresLetterheadAddressAndPhone() {
        String receipt = OfficialFormFieldsTest.text(facts(LetterKind.RECEIPT));
        assertThat(receipt).contains("ỦY BAN NHÂN DÂN XÃ AN PHƯỚC TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG XÃ AN PHƯỚC"
                + " Số: 01/TNHS-TTPVHCC", "An Phước, ngày 23 tháng 11 năm 2026",
                "Đăng ký nhận kết quả tại: Trung tâm Phục vụ hành chính công xã An Phước, Ấp 1, xã An Phước, tỉnh Đồng Nai")
                .doesNotContain("Long Thành");
        assertThat(OfficialFormFieldsTest.text(facts(LetterKind.CLOSING_NOTICE)))
                .contains("TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG XÃ AN PHƯỚC Số: 01/TB-TTPVHCC",
                        "GIÁM ĐỐC (Ký, ghi rõ họ tên và đóng dấu) Trương Thị Ngọc");
        // The stop notice is the processing agency's; the applicant collects the papers at the desk.
        assertThat(OfficialFormFieldsTest.text(facts(LetterKind.STOP_NOTICE))).contains(
                "KHU VỰC PHƯỚC LONG Số: 01/TB-CNVPĐKĐĐ",
                "Chi nhánh Văn phòng đăng ký đất đai khu vực Phước Long thông báo dừng giải quyết hồ sơ",
                "liên hệ Trung tâm Phục vụ hành chính công xã An Phước để nhận lại hồ sơ (số điện thoại: 0251 3511 456)",
                "GIÁM ĐỐC (Ký, ghi rõ họ tên và đóng dấu) Võ Thành Trung");
        // The control sheet's first hand-over is from the desk that received the file.
        assertThat(OfficialFormFieldsTest.text(facts(LetterKind.CONTROL_SHEET)))
                .contains("Cơ quan (bộ phận) giải quyết hồ sơ: Chi nhánh Văn phòng đăng ký đất đai khu vực Phước Long",
                        "1 Thẩm định hồ sơ, kiểm tra thực địa Trung tâm Phục vụ hành chính công xã An Phước Nguyễn Thị Lan");
    }

    @Test
    void aSupplementRequestFromTheAgencyIsTheAgencysOwn() {
        LetterFacts atDesk = facts(LetterKind.SUPPLEMENT_REQUEST);
        assertThat(OfficialFormFieldsTest.text(atDesk)).contains("TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG XÃ AN PHƯỚC",
                "Sau khi xem xét hồ sơ, Trung tâm Phục vụ hành chính công xã An Phước đề nghị");
        LetterFacts byAgency = atDesk.byAgency(true);
        byAgency = byAgency.withNumber(LetterSeries.of(LetterKind.SUPPLEMENT_REQUEST, byAgency.issuer()).number(1));
        assertThat(OfficialFormFieldsTest.text(byAgency)).contains("KHU VỰC PHƯỚC LONG Số: 01/PBS-CNVPĐKĐĐ",
                "Phước Long, ngày", "Sau khi xem xét hồ sơ, Chi nhánh Văn phòng đăng ký đất đai khu vực Phước Long đề nghị",
                "Mọi vướng mắc xin liên hệ Trung tâm Phục vụ hành chính công xã An Phước");
    }

    @Test
    void theLetterheadKeepsThePlaceAnAgencyNameEndsInOnOneLine() {
        assertThat(LetterheadName.of("VĂN PHÒNG ĐĂNG KÝ ĐẤT ĐAI TỈNH ĐỒNG NAI"))
                .isEqualTo(new LetterheadName("VĂN PHÒNG ĐĂNG KÝ ĐẤT ĐAI", "TỈNH ĐỒNG NAI"));
        assertThat(LetterheadName.of("CHI NHÁNH VĂN PHÒNG ĐĂNG KÝ ĐẤT ĐAI KHU VỰC PHƯỚC LONG").place())
                .isEqualTo("KHU VỰC PHƯỚC LONG");
        // The last unit word: "XÃ HỘI" is no commune.
        assertThat(LetterheadName.of("PHÒNG VĂN HÓA - XÃ HỘI XÃ AN PHƯỚC"))
                .isEqualTo(new LetterheadName("PHÒNG VĂN HÓA - XÃ HỘI", "XÃ AN PHƯỚC"));
        assertThat(LetterheadName.of("THUẾ CƠ SỞ 5")).isEqualTo(new LetterheadName("THUẾ CƠ SỞ 5", ""));
        assertThat(LetterheadName.of(null)).isEqualTo(new LetterheadName("", ""));
        assertThat(OfficialFormFieldsTest.html(facts(LetterKind.APOLOGY)))
                .contains("<div>VĂN PHÒNG ĐĂNG KÝ ĐẤT ĐAI <span class=\"nowrap\">TỈNH ĐỒNG NAI</span></div>");
    }

    @Test
    void twoCentresWithTheSameAbbreviationKeepSequencesOfTheirOwn() {
        LetterSeries longThanh = LetterSeries.of(LetterKind.RECEIPT, ORGANISATION.agency("longthanh-centre").orElseThrow());
        LetterSeries anPhuoc = LetterSeries.of(LetterKind.RECEIPT, AN_PHUOC_CENTRE);
        assertThat(longThanh.printed()).isEqualTo(anPhuoc.printed()).isEqualTo("TNHS-TTPVHCC");
        assertThat(longThanh.key()).isNotEqualTo(anPhuoc.key());
        assertThat(anPhuoc.number(7)).isEqualTo("07/TNHS-TTPVHCC");
        // The first office (plain groups) issued every letter before the organisation file: it carries on from there.
        assertThat(longThanh.continues()).isEqualTo("TNHS-TTPVHCC");
        assertThat(anPhuoc.continues()).isNull();

        // Every key fits the column, and a long one stays unique.
        Agency longOne = agency("registry-" + "x".repeat(31), "CNVPĐKĐĐTỈNHĐỒNGNAI");
        Agency longTwo = agency("registry-" + "x".repeat(30) + "y", "CNVPĐKĐĐTỈNHĐỒNGNAI");
        for (LetterKind kind : LetterKind.values()) {
            for (Agency agency : ORGANISATION.agencies()) {
                assertThat(LetterSeries.of(kind, agency).key()).hasSizeLessThanOrEqualTo(LetterSeries.KEY_LENGTH);
            }
            assertThat(LetterSeries.of(kind, longOne).key()).hasSizeLessThanOrEqualTo(LetterSeries.KEY_LENGTH)
                    .isNotEqualTo(LetterSeries.of(kind, longTwo).key());
        }
    }

    @Test
    void aFileWithoutARouteOrWithAnAgencyNoLongerThereStillHasItsAgencies() {
        FileAgencies routed = FileAgencies.of(ORGANISATION, List.of(
                leg("desk", "anphuoc-centre", "anphuocdesk"),
                leg("landregistry", "registry-phuoclong", "phuoclonglandregistry")), Unit.LAND_REGISTRY);
        assertThat(routed).isEqualTo(REMOTE_SPLIT);

        // Received before routing: the first office's agencies, those with the plain groups.
        FileAgencies unrouted = FileAgencies.of(ORGANISATION, List.of(), Unit.LAND_REGISTRY);
        assertThat(unrouted.desk().id()).isEqualTo("longthanh-centre");
        assertThat(unrouted.processing().id()).isEqualTo("registry-longthanh");

        // An agency renamed in the file keeps its groups; one struck out falls back to the first office.
        FileAgencies renamed = FileAgencies.of(ORGANISATION, List.of(leg("desk", "old-anphuoc", "anphuocdesk"),
                leg("landoffice", "closed-office", "closedlandoffice")), Unit.LAND_OFFICE);
        assertThat(renamed.desk()).isEqualTo(AN_PHUOC_CENTRE);
        assertThat(renamed.processing().id()).isEqualTo("longthanh-economy");

        // A route that names an agency of another role under that group is not taken for it.
        FileAgencies crossed = FileAgencies.of(ORGANISATION, List.of(leg("desk", "gone", "anphuoclandoffice")),
                Unit.LAND_OFFICE);
        assertThat(crossed.desk().kind()).isEqualTo(AgencyKind.SERVICE_CENTRE);
    }

    @Test
    void theRemoteFilesLettersPrintWithTheirDiacriticsAndAreDrawnForReview() throws IOException {
        for (LetterKind kind : List.of(LetterKind.APOLOGY, LetterKind.RECEIPT, LetterKind.STOP_NOTICE)) {
            String html = OfficialFormFieldsTest.html(facts(kind));
            try (PDDocument document = Loader.loadPDF(new PdfRenderer().render(html))) {
                String text = LetterPdfTest.text(document).replaceAll("\\s+", " ");
                assertThat(text).as(kind.name()).contains(kind == LetterKind.RECEIPT
                        ? "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG XÃ AN PHƯỚC" : "VĂN PHÒNG ĐĂNG KÝ ĐẤT ĐAI TỈNH ĐỒNG NAI");
                LetterPdfTest.drawForReview("agency-" + kind.slug(), document);
            }
        }
    }

    private static LetterFacts facts(LetterKind kind) {
        Dossier sample = SampleLetters.dossier("Trần Thị Bình");
        Dossier remote = new Dossier(sample.id(), "000.00.15.H58-261123-0003", null, "parcel-split", "Tách thửa đất",
                sample.channel(), new Dossier.Applicant("Trần Thị Bình", "001203004567", "0912345678", null,
                        "Thôn Bù Gia Phúc, xã Bù Gia Mập, tỉnh Đồng Nai"),
                new Dossier.Parcel("21", "410", "Thôn Bù Gia Phúc, xã Bù Gia Mập", "25219", true),
                "Tách thửa đất thành hai thửa", sample.receivedAt(), sample.acceptedOn(), 22, "WORKING_DAYS",
                sample.timeLimitSource(), null, 0, sample.dueDate(), false, 0, sample.supplementItems(),
                sample.supplementNoticedAt(), sample.status(), null, "APPROVED", "IN_PERSON", true, null, null);
        return SampleLetters.facts(kind, remote, REMOTE_SPLIT);
    }

    private static FileRoutes.Leg leg(String unit, String agencyId, String staffGroup) {
        return new FileRoutes.Leg(unit, agencyId, staffGroup, staffGroup + "leaders");
    }

    private static Agency agency(String id, String abbreviation) {
        return new Agency(id, AgencyKind.REGISTRY_BRANCH, "000.20.39.H57", "Chi nhánh", "", abbreviation, null,
                Set.of("*"), "Đồng Nai", "", "", "Giám đốc", "", "x");
    }
}
