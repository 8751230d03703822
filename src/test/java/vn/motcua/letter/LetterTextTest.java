package vn.motcua.letter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** How dates, item lists, numbers and unit names read on paper. */
class LetterTextTest {

    @Test
    void datesFollowDecree30() {
        assertThat(VietnameseDates.placeAndDate("Long Thành", LocalDate.of(2026, 11, 23)))
                .isEqualTo("Long Thành, ngày 23 tháng 11 năm 2026");
        // An agency the organisation file gives no place: the date alone.
        assertThat(VietnameseDates.placeAndDate(" ", LocalDate.of(2026, 11, 23))).isEqualTo("Ngày 23 tháng 11 năm 2026");
        // Days below 10 and the months January and February take a leading zero; March does not.
        assertThat(VietnameseDates.longDate(LocalDate.of(2027, 2, 5))).isEqualTo("ngày 05 tháng 02 năm 2027");
        assertThat(VietnameseDates.longDate(LocalDate.of(2027, 3, 9))).isEqualTo("ngày 09 tháng 3 năm 2027");
        assertThat(VietnameseDates.hoursMinutesDay(SampleLetters.at(2026, 11, 23, 9, 0)))
                .isEqualTo("09 giờ 00 phút, ngày 23/11/2026");
        // Instants print in Vietnam's time: 01:30 UTC on the 24th is 08:30 there.
        assertThat(VietnameseDates.timeAndDay(java.time.Instant.parse("2026-11-24T01:30:00Z"))).isEqualTo("08:30 24/11/2026");
        assertThat(VietnameseDates.timeAndDay(null)).isEmpty();
    }

    @Test
    void itemsSplitOnNewLinesAndSemicolonsWithoutTheOfficersNumbering() {
        ItemList list = ItemList.parse("1. Bản sao sổ đỏ; 2) Đơn có chữ ký\n - Sơ đồ thửa đất 3.5 m\n\n"
                + "a) Giấy ủy quyền;;\nLý do: thiếu thành phần hồ sơ");
        assertThat(list.items()).containsExactly("Bản sao sổ đỏ", "Đơn có chữ ký", "Sơ đồ thửa đất 3.5 m", "Giấy ủy quyền");
        assertThat(list.reason()).isEqualTo("thiếu thành phần hồ sơ");
        assertThat(ItemList.parse(null).items()).isEmpty();
        assertThat(ItemList.parse("12 m² đất ở").items()).containsExactly("12 m² đất ở");
    }

    @Test
    void numbersRestartYearlyPerIssuingAgency() {
        LetterSeries desk = LetterSeries.of(LetterKind.SUPPLEMENT_REQUEST, SampleLetters.agency("desk"));
        assertThat(desk.number(1)).isEqualTo("01/PBS-TTPVHCC");
        assertThat(LetterSeries.of(LetterKind.APOLOGY, SampleLetters.agency("landoffice")).number(123))
                .isEqualTo("123/PXL-PKT");
        assertThat(LetterSeries.of(LetterKind.REFUSAL, SampleLetters.agency("desk")).printed()).isEqualTo("PTC-TTPVHCC");
        assertThat(LetterSeries.of(LetterKind.RESULT_REFUSAL, SampleLetters.agency("landoffice")).printed())
                .isEqualTo("PTC-PKT");
    }

    @Test
    void unitsReadAsPeopleCallThem() {
        // The agency of the group in the organisation file; a leaders' group is that agency's leadership.
        assertThat(LetterModels.unitName("landregistry")).isEqualTo("Chi nhánh Văn phòng đăng ký đất đai khu vực Long Thành");
        assertThat(LetterModels.unitName("phuoclonglandregistry"))
                .isEqualTo("Chi nhánh Văn phòng đăng ký đất đai khu vực Phước Long");
        assertThat(LetterModels.unitName("landofficeleaders")).isEqualTo("Lãnh đạo Phòng Kinh tế xã Long Thành");
        assertThat(LetterModels.unitName("partner-x")).isEqualTo("partner-x");
    }

    @Test
    void everyEventHasItsLetters() {
        for (var event : vn.motcua.dossier.DossierEvent.Kind.values()) {
            assertThat(LetterKind.forEvent(event)).as(event.name()).isNotEmpty();
        }
        assertThat(LetterKind.forEvent(vn.motcua.dossier.DossierEvent.Kind.FINISHED))
                .containsExactly(LetterKind.RESULT_HANDOVER, LetterKind.CONTROL_SHEET);
        assertThat(LetterKind.CONTROL_SHEET.citizenVisible()).isFalse();
    }

    @Test
    void secretsAreTypedForgivinglyAndHashedWithTheCode() {
        assertThat(LookupSecrets.normalise(" k7px-3qma ")).isEqualTo("K7PX3QMA");
        assertThat(LookupSecrets.normalise(null)).isEmpty();
        assertThat(LookupSecrets.normalise("A".repeat(65))).isEmpty();
        assertThat(LookupSecrets.hash("A", "K7PX3QMA")).hasSize(32).isNotEqualTo(LookupSecrets.hash("B", "K7PX3QMA"));
        assertThat(LookupSecrets.ALPHABET).doesNotContain("0", "O", "1", "I");
    }
}
