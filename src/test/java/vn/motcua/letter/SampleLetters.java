package vn.motcua.letter;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import vn.motcua.calendar.DeadlineCalculator;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierEvent;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.DueDateChange;
import vn.motcua.dossier.Handover;
import vn.motcua.dossier.ReceivedDocument;
import vn.motcua.dossier.ReceivedDocuments;
import vn.motcua.organisation.Agency;
import vn.motcua.organisation.GroupNames;

/**
 * One land-use conversion file, Trần Thị Bình's, at a fixed time: received Monday 23/11/2026
 * 09:00, due Monday 21/12/2026, at Long Thành's centre, appraised by Long Thành's economy office
 * (the built-in organisation file). Every letter kind is rendered from it for golden and PDF tests.
 */
final class SampleLetters {

    static final LetterProperties LETTERS = new LetterProperties("https://dichvucong.longthanh.example/tra-cuu");
    /** The sample file's route: received and appraised in Long Thành (the first office, plain groups). */
    static final FileAgencies LONG_THANH = new FileAgencies(agency("desk"), agency("landoffice"));
    static final String SECRET = "K7PX-3QMA";
    /** As the portal sends them, with type and count; the last as a line typed in Tasklist, name only. */
    static final ReceivedDocuments RECEIVED = new ReceivedDocuments(1, List.of(
            new ReceivedDocument("Đơn đề nghị cho phép chuyển mục đích sử dụng đất", ReceivedDocument.Type.ORIGINAL, 1),
            new ReceivedDocument("Giấy chứng nhận quyền sử dụng đất", ReceivedDocument.Type.ORIGINAL, 1),
            new ReceivedDocument("Văn bản ủy quyền của đồng sở hữu", ReceivedDocument.Type.CERTIFIED_COPY, 2),
            new ReceivedDocument("Sơ đồ vị trí thửa đất", null, null)));

    private SampleLetters() {
    }

    static LetterModels models() {
        return new LetterModels(LETTERS, 15, LocalTime.of(16, 30));
    }

    /** The agency whose staff group this is in the built-in organisation file. */
    static Agency agency(String group) {
        return GroupNames.agency(group).orElseThrow(() -> new IllegalStateException("no agency has group " + group));
    }

    static Instant at(int year, int month, int day, int hour, int minute) {
        return LocalDate.of(year, month, day).atTime(LocalTime.of(hour, minute)).atZone(DeadlineCalculator.ZONE).toInstant();
    }

    static Dossier dossier(String applicantName) {
        return dossier(applicantName, "Chuyển 200 m² đất trồng cây lâu năm sang đất ở");
    }

    /** @param requestSummary what the applicant asks for, as typed at reception; null when nothing was typed */
    static Dossier dossier(String applicantName, String requestSummary) {
        return new Dossier(7, "000.00.15.H57-261123-0007", null, "land-use-conversion",
                "Chuyển mục đích sử dụng đất phải được cơ quan nhà nước có thẩm quyền cho phép", Channel.IN_PERSON,
                new Dossier.Applicant(applicantName, "001203004567", "0912345678", "binh.tran@example.vn",
                        "Thôn Đông, xã Long Thành, tỉnh Đồng Nai"),
                new Dossier.Parcel("12", "345", "Thôn Đông, xã Long Thành", "26041", false),
                requestSummary, at(2026, 11, 23, 9, 0), LocalDate.of(2026, 11, 23),
                20, "WORKING_DAYS", "Nghị định 102/2024/NĐ-CP", null, 0, LocalDate.of(2026, 12, 21), false, 0,
                "1. Bản sao giấy chứng nhận quyền sử dụng đất; 2) Đơn đề nghị có chữ ký của đồng sở hữu\n"
                        + "- Sơ đồ vị trí thửa đất\nLý do: hồ sơ thiếu thành phần theo quy định",
                at(2026, 11, 24, 10, 0), DossierStatus.IN_PROGRESS, null, "APPROVED", "IN_PERSON", true,
                null, null);
    }

    static LetterFacts facts(LetterKind kind) {
        return facts(kind, dossier("Trần Thị Bình"));
    }

    static LetterFacts facts(LetterKind kind, Dossier dossier) {
        return facts(kind, dossier, LONG_THANH);
    }

    /** The sample letter of that kind for a file with that route, number 01 of its issuer's sequence. */
    static LetterFacts facts(LetterKind kind, Dossier dossier, FileAgencies agencies) {
        Instant issued = switch (kind) {
            case RECEIPT -> at(2026, 11, 23, 9, 5);
            case SUPPLEMENT_REQUEST, REFUSAL -> at(2026, 11, 24, 10, 0);
            case APOLOGY -> at(2026, 12, 17, 14, 30);
            case STOP_NOTICE -> at(2026, 12, 2, 8, 15);
            case CLOSING_NOTICE -> at(2026, 12, 9, 7, 30);
            case RESULT_REFUSAL, RESULT_HANDOVER, CONTROL_SHEET -> at(2026, 12, 18, 10, 30);
        };
        LetterFacts unnumbered = LetterFacts.of(kind, null, issued, dossier, agencies, "Nguyễn Thị Lan");
        LetterFacts base = unnumbered.withNumber(LetterSeries.of(kind, unnumbered.issuer()).number(1));
        return switch (kind) {
            case RECEIPT -> base.withReceipt(new LetterFacts.Receipt(SECRET, new TrackingBook.Entry(2026, 1), RECEIVED, null));
            case SUPPLEMENT_REQUEST -> base.withText(dossier.supplementItems());
            case REFUSAL -> base.withText("Thửa đất đang có tranh chấp, chưa được hòa giải tại xã");
            case RESULT_REFUSAL -> base.withText("Vị trí thửa đất không phù hợp quy hoạch sử dụng đất cấp xã;\n"
                    + "Diện tích xin chuyển vượt hạn mức giao đất ở");
            case APOLOGY -> base.withText("Chờ ý kiến của Sở Nông nghiệp và Môi trường")
                    .withApology(new DueDateChange(DueDateChange.Kind.APOLOGY, LocalDate.of(2026, 12, 21),
                            LocalDate.of(2027, 1, 8), "Chờ ý kiến của Sở Nông nghiệp và Môi trường", "lanhdao1",
                            at(2026, 12, 17, 14, 30)));
            case STOP_NOTICE -> base.withText("Gia đình đổi ý, xin rút hồ sơ để hoàn thiện giấy tờ");
            case CLOSING_NOTICE -> base;
            case RESULT_HANDOVER -> base.withText("IN_PERSON").withResult(new LetterFacts.Result("Lê Văn Cường",
                    "123/QĐ-UBND", "DA 123456", "Người nhận thay có giấy ủy quyền", null, false));
            case CONTROL_SHEET -> base.withControlSheet(new LetterFacts.ControlSheet(handovers(), Map.of(
                    "chuyenvien1", "Lê Minh Tuấn", "vpdk1", "Đỗ Thị Mai", "lanhdao1", "Hoàng Văn Nam",
                    "tiepnhan1", "Nguyễn Thị Lan"), "Nguyễn Thị Lan", DossierEvent.Kind.FINISHED));
        };
    }

    static List<Handover> handovers() {
        return List.of(
                new Handover("appraiseFile", "Thẩm định hồ sơ, kiểm tra thực địa", "landoffice", "chuyenvien1",
                        at(2026, 11, 23, 9, 5), at(2026, 12, 1, 17, 0), at(2026, 11, 30, 16, 20), "EARLY", false),
                new Handover("provideCadastralExtract", "Trích lục bản đồ địa chính", "landregistry", "vpdk1",
                        at(2026, 11, 30, 16, 20), at(2026, 12, 3, 17, 0), at(2026, 12, 3, 11, 0), "ON_TIME", false),
                new Handover("approveConversion", "Lãnh đạo quyết định cho phép chuyển mục đích", "landofficeleaders",
                        "lanhdao1", at(2026, 12, 3, 11, 0), at(2026, 12, 8, 17, 0), at(2026, 12, 10, 9, 45), "LATE", true),
                new Handover("returnResult", "Trả kết quả cho người nộp", "desk", "tiepnhan1",
                        at(2026, 12, 10, 9, 45), at(2026, 12, 11, 17, 0), at(2026, 12, 18, 10, 30), "LATE", false));
    }
}
