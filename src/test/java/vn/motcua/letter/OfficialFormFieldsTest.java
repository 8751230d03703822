package vn.motcua.letter;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The fields the one-stop forms ask for (TT 03/2025/TT-VPCP, Decree 118/2025), letter by letter, as
 * a reader finds them in the sample file's letters. See docs/legal-rules.md, "Letters".
 */
class OfficialFormFieldsTest {

    private static final String SUMMARY = "Chuyển 200 m² đất trồng cây lâu năm sang đất ở";
    private static final String PROCEDURE = "Chuyển mục đích sử dụng đất phải được cơ quan nhà nước có thẩm quyền cho phép";

    @Test
    void theReceiptPrintsTheRequestNotTheProcedureAsTheRequestContent() {
        assertThat(text(LetterKind.RECEIPT)).contains("Nội dung yêu cầu giải quyết: " + SUMMARY)
                .contains("Thủ tục hành chính: " + PROCEDURE);
        // Nothing typed at reception: the procedure is what was asked for, printed once.
        String withoutSummary = text(SampleLetters.facts(LetterKind.RECEIPT, SampleLetters.dossier("Trần Thị Bình", null)));
        assertThat(withoutSummary).contains("Nội dung yêu cầu giải quyết: " + PROCEDURE)
                .doesNotContain("Thủ tục hành chính:");
    }

    @Test
    void theReceiptGivesTheReturnTimeInHoursAndMinutes() {
        // The appointment day at the office's return hour (motcua.file-clock.return-results-at, 16:30 in the sample).
        assertThat(text(LetterKind.RECEIPT)).contains("Thời gian nhận hồ sơ: 09 giờ 00 phút, ngày 23/11/2026",
                "Thời gian trả kết quả giải quyết hồ sơ: 16 giờ 30 phút, ngày 21/12/2026");
    }

    @Test
    void theReceiptGivesItsEntryInTheTrackingBook() {
        // One book a year per receiving desk; the entry is the receipt's place in the year's sequence (01/TNHS-...).
        assertThat(text(LetterKind.RECEIPT)).contains("Vào Sổ theo dõi hồ sơ, Quyển số: 2026, Số thứ tự: 01");
    }

    @Test
    void theSupplementRequestAndTheRefusalPrintTheRequestContent() {
        for (LetterKind kind : new LetterKind[] {LetterKind.SUPPLEMENT_REQUEST, LetterKind.REFUSAL,
                LetterKind.RESULT_REFUSAL}) {
            assertThat(text(kind)).as(kind.name()).contains("Nội dung yêu cầu giải quyết: " + SUMMARY);
        }
    }

    @Test
    void theStopNoticeNamesTheApplicantsIdAndTheRequest() {
        assertThat(text(LetterKind.STOP_NOTICE)).contains("Số định danh cá nhân: 001203004567",
                "Nội dung yêu cầu giải quyết: " + SUMMARY);
    }

    static String text(LetterKind kind) {
        return text(SampleLetters.facts(kind));
    }

    /** The letter as a reader sees it: tags dropped, white space made single spaces. */
    static String text(LetterFacts facts) {
        String html = new LetterTemplates().render(facts.kind(), SampleLetters.models().of(facts));
        String body = html.substring(html.indexOf("<body>"));
        return body.replaceAll("<[^>]+>", " ").replace("&amp;", "&").replaceAll("\\s+", " ")
                .replace(" :", ":").replace(" ,", ",").replace(" .", ".");
    }
}
