package vn.motcua.feedback;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import vn.motcua.system.Printable;

/**
 * What a complaint says, from the hotline or the desk; messages are Vietnamese, for whoever typed it.
 *
 * @param hotlineComplaintId the hotline's own id (only from the hotline): a retried push makes one complaint
 * @param dossierCode the file it is about, if the caller named one
 * @param communeCode where the caller lives, when no file is named: the centre of that commune answers
 */
record ComplaintText(
        @Size(max = 100, message = "Mã phản ánh của tổng đài tối đa 100 ký tự.")
        @Pattern(regexp = "[A-Za-z0-9._:-]*", message = "Mã phản ánh của tổng đài chỉ gồm chữ, số và . _ : -")
        String hotlineComplaintId,

        @NotBlank(message = "Cần chọn loại: PHAN_ANH (phản ánh) hoặc KIEN_NGHI (kiến nghị).")
        @Pattern(regexp = "PHAN_ANH|KIEN_NGHI", message = "Loại phải là PHAN_ANH (phản ánh) hoặc KIEN_NGHI (kiến nghị).")
        String kind,

        @Size(max = 60, message = "Mã hồ sơ tối đa 60 ký tự.")
        @Pattern(regexp = "[A-Za-z0-9.-]*", message = "Mã hồ sơ chỉ gồm chữ, số, dấu chấm và gạch ngang.")
        String dossierCode,

        @Pattern(regexp = "([0-9]{5})?", message = "Mã xã phải gồm đúng 5 chữ số.")
        String communeCode,

        @NotBlank(message = "Cần ghi họ và tên người phản ánh, kiến nghị.")
        @Size(max = 200, message = "Họ và tên tối đa 200 ký tự.")
        @Printable(label = "Họ và tên người phản ánh")
        String personName,

        @Pattern(regexp = "(0[0-9]{9,10})?", message = "Số điện thoại phải bắt đầu bằng 0 và gồm 10 hoặc 11 chữ số.")
        String personPhone,

        @NotBlank(message = "Cần ghi nội dung phản ánh, kiến nghị.")
        @Size(max = 4000, message = "Nội dung tối đa 4000 ký tự.")
        @Printable(label = "Nội dung phản ánh, kiến nghị", multiline = true)
        String content) {

    ComplaintService.NewComplaint toNew(Complaint.Source source) {
        return new ComplaintService.NewComplaint(source, source == Complaint.Source.HOTLINE_1022 ? blankToNull(hotlineComplaintId) : null,
                Complaint.Kind.valueOf(kind), blankToNull(dossierCode), blankToNull(communeCode), personName.strip(),
                blankToNull(personPhone), content.strip());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
