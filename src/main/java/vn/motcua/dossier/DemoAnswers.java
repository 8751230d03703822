package vn.motcua.dossier;

import java.util.List;
import java.util.Map;

/**
 * What an officer typically enters at each step, and the steps of each procedure's usual path:
 * the demo office moves its files with them (and the process tests reuse them).
 */
final class DemoAnswers {

    private DemoAnswers() {
    }

    static final Map<String, List<String>> USUAL_PATHS = Map.of(
            "land-use-conversion", List.of("appraiseFile", "provideCadastralExtract", "approveConversion", "issueTaxNotice",
                    "confirmPayment", "updateLandRecords", "returnResult"),
            "parcel-split", List.of("appraiseFile", "surveyParcel", "approveSplit", "issueTaxNotice", "confirmPayment",
                    "updateLandRecords", "returnResult"),
            "parcel-merge", List.of("appraiseFile", "surveyParcel", "approveMerge", "issueTaxNotice", "confirmPayment",
                    "updateLandRecords", "returnResult"),
            "certificate-revocation", List.of("appraiseFile", "approveRevocation", "cancelCertificate", "updateLandRecords",
                    "returnResult"),
            "first-certificate", List.of("appraiseFile", "confirmLandOrigin", "postPublicly", "concludePosting",
                    "surveyParcel", "approveCertificate", "issueTaxNotice", "confirmPayment", "printCertificate", "returnResult"),
            "land-dispute-mediation", List.of("verifyDispute", "formMediationCouncil", "holdMediationMeeting",
                    "recordMinutes", "returnResult"));

    private static final Map<String, Object> APPROVED = Map.of("decision", "APPROVED", "decisionNumber", "215/QĐ-UBND");

    static final Map<String, Map<String, Object>> ANSWERS = Map.ofEntries(
            Map.entry("appraiseFile", Map.of("appraisalDecision", "PROCEED", "appraisalFindings", "Hồ sơ hợp lệ, đủ điều kiện giải quyết")),
            Map.entry("verifyDispute", Map.of("appraisalDecision", "PROCEED", "appraisalFindings", "Đã xác minh nguồn gốc và quá trình sử dụng đất")),
            Map.entry("provideCadastralExtract", Map.of("extractNumber", "TL-2026-015", "parcelAreaM2", 180)),
            Map.entry("surveyParcel", Map.of("surveyNumber", "TĐ-2026-044", "newParcelCount", 2, "surveyedAreaM2", 320)),
            Map.entry("approveConversion", APPROVED),
            Map.entry("approveSplit", APPROVED),
            Map.entry("approveMerge", APPROVED),
            Map.entry("approveRevocation", APPROVED),
            Map.entry("approveCertificate", APPROVED),
            Map.entry("issueTaxNotice", Map.of("taxNoticeNumber", "TB-2026-88", "taxAmount", 126_000_000)),
            Map.entry("confirmPayment", Map.of("paymentReference", "CT-2026-301", "paidOn", "2026-11-20")),
            Map.entry("updateLandRecords", Map.of("certificateNumber", "DĐ 402118")),
            Map.entry("cancelCertificate", Map.of("cancelledCertificateNumber", "BX 110203",
                    "cancellationNote", "Quyết định thu hồi số 77/QĐ-UBND")),
            Map.entry("confirmLandOrigin", Map.of("currentUse", "Đất ở, nhà cấp 4", "landOrigin", "Sử dụng ổn định từ năm 1995",
                    "disputeStatus", "NONE", "planConformity", true)),
            Map.entry("postPublicly", Map.of("postingPlace", "Trụ sở UBND xã và nhà văn hóa ấp", "postedOn", "2026-11-23")),
            Map.entry("concludePosting", Map.of("postingObjections", "NONE")),
            Map.entry("printCertificate", Map.of("certificateNumber", "DĐ 402119", "certificateRegistryNumber", "CS 01234")),
            Map.entry("formMediationCouncil", Map.of("councilDecisionNumber", "45/QĐ-UBND",
                    "councilMembers", "Chủ tịch UBND xã, đại diện Mặt trận, công chức địa chính", "meetingDate", "2026-12-01")),
            Map.entry("holdMediationMeeting", Map.of("meetingOutcome", "AGREED", "meetingNotes", "Hai bên thống nhất ranh giới")),
            Map.entry("recordMinutes", Map.of("minutesNumber", "BB-12", "minutesSummary", "Hòa giải thành, hai bên ký biên bản")),
            Map.entry("returnResult", Map.of("deliveryChannel", "IN_PERSON", "receivedBy", "Người nộp hồ sơ")));
}
