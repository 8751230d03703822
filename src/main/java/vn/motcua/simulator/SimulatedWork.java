package vn.motcua.simulator;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import vn.motcua.partner.PartnerOperation;

/** What a simulated agency produces for each kind of request: plausible numbers and dates. */
final class SimulatedWork {

    private SimulatedWork() {
    }

    static Map<String, Object> resultOf(PartnerOperation operation, String reference, LocalDate today) {
        int n = ThreadLocalRandom.current().nextInt(100, 999);
        Map<String, Object> data = new LinkedHashMap<>();
        switch (operation) {
            case CADASTRAL_EXTRACT -> {
                data.put("extractNumber", "TL-" + today.getYear() + "-" + n);
                data.put("parcelAreaM2", 100 + n % 400);
            }
            case CADASTRAL_SURVEY -> {
                data.put("surveyNumber", "TĐ-" + today.getYear() + "-" + n);
                data.put("surveyedAreaM2", 150 + n % 300);
                data.put("newParcelCount", 2);
            }
            case RECORD_UPDATE, CERTIFICATE_PRINTING -> data.put("certificateNumber", "DĐ " + (400_000 + n));
            case FINANCIAL_OBLIGATION_NOTICE -> {
                data.put("taxNoticeNumber", "TB-" + reference);
                data.put("taxAmount", 1_000_000L * (20 + n % 180));
            }
            case PAYMENT_CONFIRMATION -> {
                data.put("paymentReference", "CT-" + reference);
                data.put("paidOn", today.toString());
            }
            case LAND_ORIGIN_CONFIRMATION -> {
                data.put("currentUse", "Đất ở, nhà cấp 4");
                data.put("landOrigin", "Sử dụng ổn định từ năm 1995, không tranh chấp");
                data.put("disputeStatus", "NONE");
            }
            case PUBLIC_POSTING -> {
                data.put("postingPlace", "Trụ sở Ủy ban nhân dân xã");
                data.put("postedOn", today.toString());
            }
            case RESULT_DELIVERY -> {
                data.put("deliveredOn", today.toString());
                data.put("receivedBy", "Người nộp hồ sơ");
            }
            default -> throw new IllegalArgumentException(operation + " has no callback");
        }
        return data;
    }
}
