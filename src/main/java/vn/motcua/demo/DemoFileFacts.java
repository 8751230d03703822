package vn.motcua.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.ReceivedDocument;
import vn.motcua.dossier.ReceivedDocuments;
import vn.motcua.dossier.ReceivedFile;
import vn.motcua.partner.PartnerOperation;

/**
 * What the demo's applicants bring and its officers and agencies write: the file at the desk, the
 * answers of each step ({@link DemoAnswers}, with numbers and dates of the day they were given).
 */
final class DemoFileFacts {

    private DemoFileFacts() {
    }

    /** What the demo desk lists on every receipt. */
    static final ReceivedDocuments PAPERS = new ReceivedDocuments(1, List.of(
            new ReceivedDocument("Đơn đề nghị theo mẫu của thủ tục", ReceivedDocument.Type.ORIGINAL, 1),
            new ReceivedDocument("Giấy chứng nhận quyền sử dụng đất", ReceivedDocument.Type.ORIGINAL, 1)));

    static ReceivedFile file(DemoStory story, Instant receivedAt) {
        Random own = own(story);
        String place = place(story.commune(), own);
        return new ReceivedFile(story.procedure(), null, story.channel(),
                new Dossier.Applicant(story.applicant(), idNumber(own),
                        // a phone, so the demo's applicants are told of their files (ApplicantNotices, /simulator/effects)
                        "09" + String.format("%08d", own.nextInt(100_000_000)), null, place),
                new Dossier.Parcel(String.valueOf(5 + own.nextInt(40)), String.valueOf(20 + own.nextInt(600)), place,
                        story.commune(), false),
                summary(story.procedure()), receivedAt, PAPERS);
    }

    /** The Tasklist reception form of a file the desk could not accept as it was. */
    static Map<String, Object> receptionForm(DemoStory story) {
        Random own = own(story);
        String place = place(story.commune(), own);
        Map<String, Object> form = new HashMap<>(Map.of("applicantName", story.applicant(), "applicantIdNumber",
                idNumber(own), "applicantAddress", place, "parcelMapSheet", String.valueOf(5 + own.nextInt(40)),
                "parcelNumber", String.valueOf(20 + own.nextInt(600)), "parcelAddress", place, "channel", "IN_PERSON",
                "communeCode", story.commune()));
        switch (story.special()) {
            case REFUSED -> {
                form.put("receptionOutcome", "REFUSED");
                form.put("refusalReason", "Thửa đất đang có tranh chấp, chưa được hòa giải tại xã");
            }
            default -> {
                form.put("receptionOutcome", "INCOMPLETE");
                form.put("missingItems", "1. Bản sao giấy chứng nhận quyền sử dụng đất; 2. Đơn đề nghị có chữ ký của"
                        + " đồng sở hữu");
            }
        }
        return form;
    }

    /** The officer's answers at a step, with the day's dates and running numbers. */
    static Map<String, Object> answers(String step, int occurrence, DemoStory story, Dossier dossier, LocalDate today,
            int number) {
        Map<String, Object> answers = new HashMap<>(DemoAnswers.ANSWERS.getOrDefault(step, Map.of()));
        int year = today.getYear();
        switch (step) {
            case "appraiseFile" -> {
                if (story.special() == DemoStory.Special.AGENCY_SUPPLEMENT && occurrence == 1) {
                    answers.put("appraisalDecision", "SUPPLEMENT");
                    answers.put("appraisalFindings", "Sơ đồ thửa đất không thể hiện phần diện tích xin hợp");
                    answers.put("supplementItems", "Bản vẽ sơ đồ các thửa đất xin hợp có xác nhận của các hộ liền kề");
                }
            }
            case "receiveSupplementAtReception" -> answers.put("supplementOutcome", "COMPLETE");
            case "receiveAgencySupplement" -> {
                answers.put("supplementConfirmed", true);
                answers.put("supplementNote", "Người nộp đã bổ sung đủ theo phiếu yêu cầu");
            }
            case "postPublicly" -> answers.put("postedOn", today.toString());
            case "formMediationCouncil" -> {
                answers.put("councilDecisionNumber", number + "/QĐ-UBND");
                answers.put("meetingDate", today.plusDays(7).toString());
            }
            case "updateLandRecords", "printCertificate" -> answers.put("certificateNumber", "DĐ " + (402_000 + number));
            case "returnResult" -> answers.put("receivedBy", dossier.applicant().fullName());
            default -> { }
        }
        if (answers.containsKey("decisionNumber")) {
            answers.put("decisionNumber", number + "/QĐ-" + (step.equals("approveSplit") || step.equals("approveMerge")
                    ? "CNVPĐKĐĐ" : "UBND"));
        }
        if (answers.containsKey("surveyNumber")) {
            answers.put("surveyNumber", "TĐ-" + year + "-" + number);
        }
        return answers;
    }

    /** The agency's own number for its answer. */
    static String reference(PartnerOperation operation, LocalDate today, int number) {
        return switch (operation) {
            case FINANCIAL_OBLIGATION_NOTICE, PAYMENT_CONFIRMATION -> number + "/TB-TCS5";
            default -> number + "/CNVPĐKĐĐ";
        };
    }

    /** The fields of the agency's answer (the callback's "data"). */
    static Map<String, Object> partnerData(PartnerOperation operation, LocalDate today, int number, Dossier dossier) {
        Map<String, Object> data = new LinkedHashMap<>();
        int year = today.getYear();
        switch (operation) {
            case CADASTRAL_EXTRACT -> {
                data.put("extractNumber", "TL-" + year + "-" + number);
                data.put("parcelAreaM2", 120 + Math.floorMod(dossier.code().hashCode(), 400));
            }
            case CADASTRAL_SURVEY -> {
                data.put("surveyNumber", "TĐ-" + year + "-" + number);
                data.put("surveyedAreaM2", 150 + Math.floorMod(dossier.code().hashCode(), 300));
            }
            case RECORD_UPDATE, CERTIFICATE_PRINTING -> data.put("certificateNumber", "DĐ " + (402_000 + number));
            case FINANCIAL_OBLIGATION_NOTICE -> {
                data.put("taxNoticeNumber", "TB-" + year + "-" + number);
                data.put("taxAmount", 1_000_000L * (8 + Math.floorMod(dossier.code().hashCode(), 150)));
            }
            case PAYMENT_CONFIRMATION -> {
                data.put("paymentReference", "CT-" + year + "-" + number);
                data.put("paidOn", today.toString());
            }
            case LAND_ORIGIN_CONFIRMATION -> {
                data.put("currentUse", "Đất ở, nhà cấp 4");
                data.put("landOrigin", "Sử dụng ổn định từ năm 1995");
                data.put("disputeStatus", "NONE");
            }
            case PUBLIC_POSTING -> {
                data.put("postingPlace", "Trụ sở UBND xã và nhà văn hóa ấp");
                data.put("postedOn", today.toString());
            }
            case RESULT_DELIVERY -> {
                data.put("deliveredOn", today.toString());
                data.put("receivedBy", dossier.applicant().fullName());
            }
            default -> { }
        }
        return data;
    }

    private static String summary(String procedure) {
        return switch (procedure) {
            case "land-use-conversion" -> "Chuyển mục đích từ đất trồng cây lâu năm sang đất ở";
            case "parcel-split" -> "Tách thửa đất để tặng cho con";
            case "parcel-merge" -> "Hợp hai thửa đất liền kề cùng người sử dụng";
            default -> null;
        };
    }

    /** A citizen ID of someone registered in Đồng Nai (province code 075), born 1955-2004. */
    static String idNumber(Random own) {
        int born = 1955 + own.nextInt(50);
        int centuryAndSex = (born >= 2000 ? 2 : 0) + own.nextInt(2);
        return "075" + centuryAndSex + String.format("%02d", born % 100) + String.format("%06d", own.nextInt(1_000_000));
    }

    /** The same applicant, the same facts, whatever order the files are played in. */
    private static Random own(DemoStory story) {
        return new Random((story.applicant() + story.procedure() + story.workingDaysAgo()).hashCode());
    }

    private static String place(String commune, Random own) {
        return switch (commune) {
            case DemoStory.AN_PHUOC -> "Ấp " + (1 + own.nextInt(6)) + ", xã An Phước";
            case DemoStory.BU_GIA_MAP -> "Thôn Bù Gia Phúc " + (1 + own.nextInt(3)) + ", xã Bù Gia Mập";
            default -> "Ấp " + (1 + own.nextInt(8)) + ", xã Long Thành";
        };
    }
}
