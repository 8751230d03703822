package vn.motcua.letter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.motcua.dossier.DossierEvent;
import vn.motcua.dossier.ReceivedDocument;
import vn.motcua.dossier.ReceivedDocuments;

/**
 * The fields the one-stop forms ask for (TT 03/2025/TT-VPCP, Decree 118/2025), letter by letter, as
 * a reader finds them in the sample file's letters. See docs/legal-rules.md, "Letters".
 */
class OfficialFormFieldsTest {

    private static final String SUMMARY = "Chuyển 200 m² đất trồng cây lâu năm sang đất ở";
    // The sample file's agencies in the built-in organisation file.
    private static final String DESK = "Trung tâm Phục vụ hành chính công xã Long Thành";
    private static final String LAND_OFFICE = "Phòng Kinh tế xã Long Thành";
    private static final String REGISTRY = "Chi nhánh Văn phòng đăng ký đất đai khu vực Long Thành";
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
    void theReceiptGivesItsEntryInTheTrackingBookAsTheRegisterHoldsIt() {
        assertThat(text(LetterKind.RECEIPT)).contains("Vào Sổ theo dõi hồ sơ, Quyển số: 2026, Số thứ tự: 01");
        // The book and the entry are the register's (mc_tracking_book), not worked out from the letter.
        LetterFacts sample = SampleLetters.facts(LetterKind.RECEIPT);
        LetterFacts entered = sample.withReceipt(new LetterFacts.Receipt(SampleLetters.SECRET,
                new TrackingBook.Entry(2026, 7), sample.receipt().received(), null));
        assertThat(text(entered)).contains("Vào Sổ theo dõi hồ sơ, Quyển số: 2026, Số thứ tự: 07");
    }

    @Test
    void theReceiptOfAFileCompletedAfterASupplementAtTheDeskGivesWhenItBecameComplete() {
        // Decree 118/2025 Art 17(3): the time limit runs from the complete file the receipt shows, not the first visit.
        LetterFacts sample = SampleLetters.facts(LetterKind.RECEIPT);
        LetterFacts completedLater = sample.withReceipt(new LetterFacts.Receipt(SampleLetters.SECRET,
                sample.receipt().book(), sample.receipt().received(), SampleLetters.at(2026, 11, 27, 10, 15)));
        assertThat(text(completedLater)).contains("Thời gian nhận hồ sơ: 10 giờ 15 phút, ngày 27/11/2026")
                .doesNotContain("ngày 23/11/2026");
    }

    @Test
    void theReceiptSaysWhereTheResultIsToBeCollectedInTheFormsWords() {
        assertThat(text(LetterKind.RECEIPT)).contains("Đăng ký nhận kết quả tại: " + DESK)
                .doesNotContain("Nơi trả kết quả");
    }

    @Test
    void theReceiptListsThePapersReceivedNumberedAndTheSetsFromTheData() {
        String html = html(SampleLetters.facts(LetterKind.RECEIPT));
        assertThat(html).contains("<ol class=\"items\">\n"
                + "<li>Đơn đề nghị cho phép chuyển mục đích sử dụng đất: 01 bản chính</li>\n"
                + "<li>Giấy chứng nhận quyền sử dụng đất: 01 bản chính</li>\n"
                + "<li>Văn bản ủy quyền của đồng sở hữu: 02 bản sao có chứng thực</li>\n"
                + "<li>Sơ đồ vị trí thửa đất</li>\n</ol>");
        assertThat(text(LetterKind.RECEIPT)).contains("Thành phần hồ sơ nộp gồm:", "Số lượng hồ sơ: 01 bộ");

        assertThat(text(receipt(new ReceivedDocuments(2, List.of(new ReceivedDocument("Tờ khai", null, 3))))))
                .contains("Số lượng hồ sơ: 02 bộ", "Tờ khai: 03 bản").doesNotContain("01 bộ");
        // Neither sets nor papers recorded at reception: the receipt says so rather than guess "01 bộ".
        assertThat(text(receipt(new ReceivedDocuments(null, List.of()))))
                .contains("Thành phần hồ sơ nộp: không được ghi lại khi tiếp nhận hồ sơ",
                        "Số lượng hồ sơ: không được ghi lại khi tiếp nhận hồ sơ")
                .doesNotContain("01 bộ");
    }

    @Test
    void theControlSheetNamesTheGiverAndTheReceiverOfEveryHandOver() {
        String sheet = text(LetterKind.CONTROL_SHEET);
        assertThat(sheet).contains("Hẹn trả kết quả vào: 16 giờ 30 phút, ngày 21/12/2026",
                "STT Bước xử lý Bên giao Bên nhận Giao, nhận lúc Hạn xử lý Hoàn thành lúc Kết quả (Trước/ Đúng/ Quá hạn)"
                        + " Ghi chú");
        // The desk officer who accepted the file hands it to the first unit; each later step gets it from the step
        // that finished just before it.
        assertThat(sheet).contains(
                "1 Thẩm định hồ sơ, kiểm tra thực địa " + DESK + " Nguyễn Thị Lan " + LAND_OFFICE + " Lê Minh Tuấn"
                        + " 09:05 23/11/2026 17:00 01/12/2026 16:20 30/11/2026 Trước hạn",
                "2 Trích lục bản đồ địa chính " + LAND_OFFICE + " Lê Minh Tuấn " + REGISTRY + " Đỗ Thị Mai"
                        + " 16:20 30/11/2026 17:00 03/12/2026 11:00 03/12/2026 Đúng hạn",
                "3 Lãnh đạo quyết định cho phép chuyển mục đích " + REGISTRY + " Đỗ Thị Mai Lãnh đạo " + LAND_OFFICE
                        + " Hoàng Văn Nam 11:00 03/12/2026 17:00 08/12/2026 09:45 10/12/2026 Quá hạn"
                        + " Đã báo lãnh đạo đơn vị do quá hạn bước",
                "4 Trả kết quả cho người nộp Lãnh đạo " + LAND_OFFICE + " Hoàng Văn Nam " + DESK + " Nguyễn Thị Lan"
                        + " 09:45 10/12/2026");
    }

    @Test
    void theControlSheetHeaderHasTheFieldsOfBm05() {
        // The processing agency, then the other agencies that held a step (not the desk, not the lead's own units).
        assertThat(text(LetterKind.CONTROL_SHEET)).contains("Mã số hồ sơ: 000.00.15.H57-261123-0007",
                "Cơ quan (bộ phận) giải quyết hồ sơ: " + LAND_OFFICE,
                "Cơ quan phối hợp giải quyết hồ sơ: " + REGISTRY + " Ngày nhận:",
                "Ngày nhận: 09 giờ 00 phút, ngày 23/11/2026",
                "Hẹn trả kết quả vào: 16 giờ 30 phút, ngày 21/12/2026")
                .doesNotContain("Các đơn vị tham gia");
        // A file no other agency touched: the line says so rather than vanish.
        LetterFacts sample = SampleLetters.facts(LetterKind.CONTROL_SHEET);
        LetterFacts alone = sample.withControlSheet(new LetterFacts.ControlSheet(sample.controlSheet().handovers().subList(0, 1),
                sample.controlSheet().officerNames(), "Nguyễn Thị Lan", DossierEvent.Kind.WITHDRAWN));
        assertThat(text(alone)).contains("Cơ quan phối hợp giải quyết hồ sơ: Không có");
    }

    @Test
    void theControlSheetIsIssuedWhenAFileIsWithdrawnOrClosedTooAfterItsNotice() {
        assertThat(LetterKind.forEvent(DossierEvent.Kind.WITHDRAWN))
                .containsExactly(LetterKind.STOP_NOTICE, LetterKind.CONTROL_SHEET);
        assertThat(LetterKind.forEvent(DossierEvent.Kind.CLOSED))
                .containsExactly(LetterKind.CLOSING_NOTICE, LetterKind.CONTROL_SHEET);
        assertThat(LetterKind.forEvent(DossierEvent.Kind.FINISHED))
                .containsExactly(LetterKind.RESULT_HANDOVER, LetterKind.CONTROL_SHEET);

        // Its last line says how and when the file ended.
        assertThat(text(LetterKind.CONTROL_SHEET)).contains("Trả kết quả: 10 giờ 30 phút, ngày 18/12/2026, trước hạn.");
        assertThat(text(endedBy(DossierEvent.Kind.WITHDRAWN)))
                .contains("Dừng giải quyết: 10 giờ 30 phút, ngày 18/12/2026, theo yêu cầu của người nộp hồ sơ.");
        assertThat(text(endedBy(DossierEvent.Kind.CLOSED))).contains("Đóng hồ sơ: 10 giờ 30 phút, ngày 18/12/2026,"
                + " do người nộp không bổ sung, hoàn thiện hồ sơ trong thời hạn.");
    }

    private static LetterFacts endedBy(DossierEvent.Kind event) {
        LetterFacts finished = SampleLetters.facts(LetterKind.CONTROL_SHEET);
        LetterFacts.ControlSheet sheet = finished.controlSheet();
        return finished.withControlSheet(new LetterFacts.ControlSheet(sheet.handovers(), sheet.officerNames(),
                sheet.receptionOfficer(), event));
    }

    @Test
    void theApologyIsTheExtensionRequestOfDecree118WithEveryFieldOfBm04() {
        // BM.04's title word for word; it holds Art 19(6)'s "Phiếu đề nghị gia hạn thời gian giải quyết" whole.
        assertThat(LetterKind.APOLOGY.title()).isEqualTo("Phiếu xin lỗi và đề nghị gia hạn thời gian giải quyết");
        assertThat(html(SampleLetters.facts(LetterKind.APOLOGY)))
                .contains("<h1>PHIẾU XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT</h1>");
        String agency = LAND_OFFICE;
        assertThat(text(LetterKind.APOLOGY)).contains(
                "Kính gửi: Ông/Bà Trần Thị Bình",
                "Ngày 23/11/2026, Trung tâm Phục vụ hành chính công xã Long Thành tiếp nhận hồ sơ của Ông/Bà Trần Thị Bình"
                        + " (số định danh cá nhân: 001203004567) đề nghị giải quyết thủ tục: " + PROCEDURE + ".",
                "Mã hồ sơ: 000.00.15.H57-261123-0007",
                "Thời gian hẹn trả kết quả giải quyết hồ sơ: 16 giờ 30 phút, ngày 21/12/2026",
                // Sent at the latest the day before the appointment: the file will not be on time, it is not late yet.
                agency + " không thể trả kết quả giải quyết hồ sơ cho Ông/Bà đúng thời gian đã hẹn.",
                "Lý do: Chờ ý kiến của Sở Nông nghiệp và Môi trường",
                agency + " xin lỗi Ông/Bà",
                agency + " đề nghị gia hạn thời gian giải quyết hồ sơ và hẹn trả kết quả vào 16 giờ 30 phút, ngày 08/01/2027.",
                "TRƯỞNG PHÒNG (Ký, ghi rõ họ tên và đóng dấu) Hoàng Văn Nam")
                .doesNotContain("Tuy nhiên đến nay");
    }

    @Test
    void anApologySentOnOrAfterTheAppointmentDaySaysTheResultWasNotReturnedOnTimeAsBm04Does() {
        LetterFacts sample = SampleLetters.facts(LetterKind.APOLOGY);
        for (LetterFacts late : List.of(
                LetterFacts.of(LetterKind.APOLOGY, sample.number(), SampleLetters.at(2026, 12, 22, 9, 0), sample.dossier(),
                        sample.agencies(), sample.officerName()).withText(sample.text()).withApology(sample.apology()),
                LetterFacts.of(LetterKind.APOLOGY, sample.number(), SampleLetters.at(2026, 12, 21, 8, 0), sample.dossier(),
                        sample.agencies(), sample.officerName()).withText(sample.text()).withApology(sample.apology()))) {
            assertThat(text(late)).contains("Tuy nhiên đến nay, " + LAND_OFFICE + " chưa trả kết quả giải quyết hồ sơ"
                    + " của Ông/Bà đúng thời hạn quy định ghi trên Giấy tiếp nhận hồ sơ và hẹn trả kết quả.",
                    LAND_OFFICE + " đề nghị gia hạn thời gian giải quyết hồ sơ và hẹn trả kết quả vào 16 giờ 30 phút,"
                            + " ngày 08/01/2027.")
                    .doesNotContain("không thể trả kết quả");
        }
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

    private static LetterFacts receipt(ReceivedDocuments received) {
        return SampleLetters.facts(LetterKind.RECEIPT).withReceipt(new LetterFacts.Receipt(SampleLetters.SECRET,
                new TrackingBook.Entry(2026, 1), received, null));
    }

    static String text(LetterKind kind) {
        return text(SampleLetters.facts(kind));
    }

    static String html(LetterFacts facts) {
        return new LetterTemplates().render(facts.kind(), SampleLetters.models().of(facts));
    }

    /** The letter as a reader sees it: tags dropped, white space made single spaces. */
    static String text(LetterFacts facts) {
        String html = html(facts);
        String body = html.substring(html.indexOf("<body"));
        return body.replaceAll("<[^>]+>", " ").replace("&amp;", "&").replaceAll("\\s+", " ")
                .replace(" :", ":").replace(" ,", ",").replace(" .", ".");
    }
}
