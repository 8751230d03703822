package vn.motcua.dossier;

import java.time.Instant;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
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
        @Printable(label = "Nội dung yêu cầu", multiline = true)
        String requestSummary,

        Instant receivedAt) {

    public record ApplicantData(
            @NotBlank(message = "Cần ghi họ và tên người nộp.")
            @Size(max = 200, message = "Họ và tên tối đa 200 ký tự.")
            @Printable(label = "Họ và tên")
            String fullName,

            @NotBlank(message = "Cần ghi số định danh cá nhân (CCCD).")
            @Pattern(regexp = "[0-9]{12}", message = "Số định danh cá nhân phải gồm đúng 12 chữ số.")
            String idNumber,

            @Pattern(regexp = "0[0-9]{9,10}", message = "Số điện thoại phải bắt đầu bằng 0 và gồm 10 hoặc 11 chữ số.")
            String phone,

            @Email(message = "Địa chỉ thư điện tử không hợp lệ.")
            @Size(max = 200, message = "Địa chỉ thư điện tử tối đa 200 ký tự.")
            @Printable(label = "Địa chỉ thư điện tử")
            String email,

            @NotBlank(message = "Cần ghi địa chỉ người nộp.")
            @Size(max = 500, message = "Địa chỉ tối đa 500 ký tự.")
            @Printable(label = "Địa chỉ người nộp")
            String address) {
    }

    public record ParcelData(
            @NotBlank(message = "Cần ghi số tờ bản đồ.")
            @Size(max = 20, message = "Số tờ bản đồ tối đa 20 ký tự.")
            @Printable(label = "Số tờ bản đồ")
            String mapSheet,

            @NotBlank(message = "Cần ghi số thửa.")
            @Size(max = 20, message = "Số thửa tối đa 20 ký tự.")
            @Printable(label = "Số thửa")
            String parcelNumber,

            @NotBlank(message = "Cần ghi địa chỉ thửa đất.")
            @Size(max = 500, message = "Địa chỉ thửa đất tối đa 500 ký tự.")
            @Printable(label = "Địa chỉ thửa đất")
            String address,

            @Size(max = 20, message = "Mã xã tối đa 20 ký tự.")
            @Printable(label = "Mã xã")
            String communeCode,

            boolean remoteCommune) {
    }

    ReceivedFile toReceivedFile() {
        return new ReceivedFile(procedureKey, blankToNull(clientRequestId), Channel.valueOf(channel),
                new Dossier.Applicant(applicant.fullName().trim(), applicant.idNumber(), blankToNull(applicant.phone()),
                        blankToNull(applicant.email()), applicant.address().trim()),
                new Dossier.Parcel(parcel.mapSheet().trim(), parcel.parcelNumber().trim(), parcel.address().trim(),
                        blankToNull(parcel.communeCode()), parcel.remoteCommune()),
                blankToNull(requestSummary), receivedAt);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
