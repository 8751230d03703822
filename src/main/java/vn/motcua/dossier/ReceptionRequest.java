package vn.motcua.dossier;

import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import vn.motcua.system.Printable;

/**
 * A file submitted to {@code POST /api/dossiers} (by the portal or the desk's own software) or
 * through the Tasklist reception form. Messages are Vietnamese: they reach the person who typed.
 * Free text is {@link Printable}: it is printed on the file's letters.
 */
public record ReceptionRequest(
        @NotBlank(message = "Cần chọn thủ tục hành chính (procedureKey).")
        @Size(max = 60, message = "Mã thủ tục quá dài.")
        String procedureKey,

        @Size(max = 100, message = "Mã yêu cầu (clientRequestId) tối đa 100 ký tự.")
        @Pattern(regexp = "[A-Za-z0-9._:-]*", message = "Mã yêu cầu chỉ gồm chữ, số và . _ : -")
        String clientRequestId,

        @NotBlank(message = "Cần chọn kênh nộp hồ sơ: IN_PERSON, POST hoặc ONLINE.")
        @Pattern(regexp = "IN_PERSON|POST|ONLINE", message = "Kênh nộp hồ sơ phải là IN_PERSON, POST hoặc ONLINE.")
        String channel,

        @NotNull(message = "Thiếu thông tin người nộp hồ sơ.") @Valid
        ApplicantData applicant,

        @NotNull(message = "Thiếu thông tin thửa đất.") @Valid
        ParcelData parcel,

        @Size(max = 2000, message = "Nội dung yêu cầu tối đa 2000 ký tự.")
        @Printable(label = "{dossier.reception.requestSummaryLabel}", multiline = true)
        String requestSummary,

        Instant receivedAt,

        /** Số lượng hồ sơ on the receipt; unknown (and printed as not recorded) when not given. */
        @Min(value = 1, message = "Số lượng hồ sơ (sets) từ 1 đến 99 bộ.")
        @Max(value = 99, message = "Số lượng hồ sơ (sets) từ 1 đến 99 bộ.")
        Integer sets,

        /** The papers received, listed on the receipt in this order (BM.01 "thành phần hồ sơ"). */
        @Size(max = 50, message = "Thành phần hồ sơ tối đa 50 loại giấy tờ.")
        List<@Valid DocumentData> documents) {

    /** One paper received: its name, whether original or which copy, how many. */
    public record DocumentData(
            @NotBlank(message = "Cần ghi tên giấy tờ.")
            @Size(max = 500, message = "Tên giấy tờ tối đa 500 ký tự.")
            @Printable(label = "{dossier.reception.documentNameLabel}")
            String name,

            @Pattern(regexp = "ORIGINAL|CERTIFIED_COPY|COPY|ELECTRONIC", message = "Loại giấy tờ phải là ORIGINAL"
                    + " (bản chính), CERTIFIED_COPY (bản sao có chứng thực), COPY (bản sao) hoặc ELECTRONIC (bản điện tử).")
            String type,

            @Min(value = 1, message = "Số lượng giấy tờ từ 1 đến 99.")
            @Max(value = 99, message = "Số lượng giấy tờ từ 1 đến 99.")
            Integer count,

            /** An electronic paper: where the portal keeps it. */
            @Size(max = 1000, message = "Địa chỉ giấy tờ điện tử tối đa 1000 ký tự.")
            @Pattern(regexp = "https://\\S+", message = "Địa chỉ giấy tờ điện tử phải là một địa chỉ https:// không có khoảng trắng.")
            String reference,

            /** ... and the SHA-256 of its content, so the desk can show it opened what was filed. */
            @Pattern(regexp = "[0-9a-f]{64}", message = "Mã băm SHA-256 của giấy tờ phải gồm đúng 64 chữ số thập lục phân viết thường.")
            String sha256) {

        public DocumentData(String name, String type, Integer count) {
            this(name, type, count, null, null);
        }
    }

    public record ApplicantData(
            @NotBlank(message = "Cần ghi họ và tên người nộp.")
            @Size(max = 200, message = "Họ và tên tối đa 200 ký tự.")
            @Printable(label = "{dossier.reception.applicantNameLabel}")
            String fullName,

            @NotBlank(message = "Cần ghi số định danh cá nhân (CCCD).")
            @Pattern(regexp = "[0-9]{12}", message = "Số định danh cá nhân phải gồm đúng 12 chữ số.")
            String idNumber,

            @Pattern(regexp = "0[0-9]{9,10}", message = "Số điện thoại phải bắt đầu bằng 0 và gồm 10 hoặc 11 chữ số.")
            String phone,

            @Email(message = "Địa chỉ thư điện tử không hợp lệ.")
            @Size(max = 200, message = "Địa chỉ thư điện tử tối đa 200 ký tự.")
            @Printable(label = "{dossier.reception.applicantEmailLabel}")
            String email,

            @NotBlank(message = "Cần ghi địa chỉ người nộp.")
            @Size(max = 500, message = "Địa chỉ tối đa 500 ký tự.")
            @Printable(label = "{dossier.reception.applicantAddressLabel}")
            String address) {

        /** The phone as people write it ("0912 345 678", "+84 912.345.678") is kept as its digits. */
        public ApplicantData {
            phone = PhoneNumbers.digits(phone);
        }
    }

    public record ParcelData(
            @NotBlank(message = "Cần ghi số tờ bản đồ.")
            @Size(max = 20, message = "Số tờ bản đồ tối đa 20 ký tự.")
            @Printable(label = "{dossier.reception.mapSheetLabel}")
            String mapSheet,

            @NotBlank(message = "Cần ghi số thửa.")
            @Size(max = 20, message = "Số thửa tối đa 20 ký tự.")
            @Printable(label = "{dossier.reception.parcelNumberLabel}")
            String parcelNumber,

            @NotBlank(message = "Cần ghi địa chỉ thửa đất.")
            @Size(max = 500, message = "Địa chỉ thửa đất tối đa 500 ký tự.")
            @Printable(label = "{dossier.reception.parcelAddressLabel}")
            String address,

            /** The parcel's commune (national administrative-unit code): it decides the agencies and the time limit. */
            @NotBlank(message = "Cần chọn xã nơi có thửa đất (parcel.communeCode, mã đơn vị hành chính 5 chữ số).")
            @Pattern(regexp = "[0-9]{5}", message = "Mã xã nơi có thửa đất phải gồm đúng 5 chữ số.")
            String communeCode) {
    }

    ReceivedFile toReceivedFile() {
        return new ReceivedFile(procedureKey, blankToNull(clientRequestId), Channel.valueOf(channel),
                new Dossier.Applicant(applicant.fullName().trim(), applicant.idNumber(), blankToNull(applicant.phone()),
                        blankToNull(applicant.email()), applicant.address().trim()),
                new Dossier.Parcel(parcel.mapSheet().trim(), parcel.parcelNumber().trim(), parcel.address().trim(),
                        parcel.communeCode().trim(), false),
                blankToNull(requestSummary), receivedAt, receivedDocuments());
    }

    private ReceivedDocuments receivedDocuments() {
        List<ReceivedDocument> papers = documents == null ? List.of() : documents.stream()
                .map(d -> new ReceivedDocument(d.name().strip(), blankToNull(d.type()) == null ? null
                        : ReceivedDocument.Type.valueOf(d.type()), d.count(), blankToNull(d.reference()), blankToNull(d.sha256())))
                .toList();
        // Not given stays unknown: the receipt says so rather than print "01 bộ" nobody stated.
        return new ReceivedDocuments(sets, papers);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
