package vn.motcua.partner;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a file asks of a partner agency. Those with a callback are exchanges a diagram waits for;
 * the portal and the population database answer at once.
 */
public enum PartnerOperation {

    CADASTRAL_EXTRACT(Agency.LAND_REGISTRY, "/cadastral-extracts", "Cung cấp trích lục bản đồ địa chính"),
    CADASTRAL_SURVEY(Agency.LAND_REGISTRY, "/cadastral-surveys", "Trích đo địa chính thửa đất"),
    RECORD_UPDATE(Agency.LAND_REGISTRY, "/record-updates", "Cập nhật hồ sơ địa chính, chỉnh lý giấy chứng nhận"),
    CERTIFICATE_PRINTING(Agency.LAND_REGISTRY, "/certificate-printings", "In giấy chứng nhận"),
    FINANCIAL_OBLIGATION_NOTICE(Agency.TAX, "/financial-obligations", "Xác định và thông báo nghĩa vụ tài chính"),
    PAYMENT_CONFIRMATION(Agency.TAX, "/payment-confirmations", "Xác nhận người sử dụng đất đã nộp tiền"),
    LAND_ORIGIN_CONFIRMATION(Agency.COMMUNE, "/land-origin-confirmations", "Xác nhận hiện trạng, nguồn gốc sử dụng đất"),
    PUBLIC_POSTING(Agency.COMMUNE, "/public-postings", "Niêm yết công khai"),
    RESULT_DELIVERY(Agency.POST, "/deliveries", "Chuyển phát kết quả đến người nộp"),
    STATUS_SYNC(Agency.PORTAL, "/dossier-statuses", "Đồng bộ trạng thái hồ sơ"),
    CITIZEN_CHECK(Agency.POPULATION, "/citizen-checks", "Đối chiếu số định danh cá nhân"),
    APPLICANT_NOTICE(Agency.MESSAGING, "/notices", "Thông báo cho người nộp hồ sơ (tin nhắn, thư điện tử)"),
    COMPLAINT_ANSWER(Agency.HOTLINE, "/complaint-answers", "Trả lời phản ánh, kiến nghị");

    private final Agency agency;
    private final String path;
    private final String displayName;

    PartnerOperation(Agency agency, String path, String displayName) {
        this.agency = agency;
        this.path = path;
        this.displayName = displayName;
    }

    public static Optional<PartnerOperation> byName(String name) {
        return Arrays.stream(values()).filter(o -> o.name().equals(name)).findFirst();
    }

    public Agency agency() {
        return agency;
    }

    /** Below the agency's base URL. */
    public String path() {
        return path;
    }

    public String displayName() {
        return displayName;
    }
}
