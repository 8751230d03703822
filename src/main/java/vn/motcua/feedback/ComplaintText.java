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
        @Size(max = 100, message = "{feedback.hotline.idTooLong}")
        @Pattern(regexp = "[A-Za-z0-9._:-]*", message = "{feedback.hotline.idCharacters}")
        String hotlineComplaintId,

        @NotBlank(message = "{feedback.complaint.kindRequired}")
        @Pattern(regexp = "PHAN_ANH|KIEN_NGHI", message = "{feedback.complaint.kindUnknown}")
        String kind,

        @Size(max = 60, message = "{feedback.dossierCode.tooLong}")
        @Pattern(regexp = "[A-Za-z0-9.-]*", message = "{feedback.dossierCode.characters}")
        String dossierCode,

        @Pattern(regexp = "([0-9]{5})?", message = "{feedback.complaint.communeCode}")
        String communeCode,

        @NotBlank(message = "{feedback.complaint.personNameRequired}")
        @Size(max = 200, message = "{feedback.personName.tooLong}")
        @Printable(label = "{feedback.complaint.personNameLabel}")
        String personName,

        @Pattern(regexp = "(0[0-9]{9,10})?", message = "{feedback.complaint.phone}")
        String personPhone,

        @NotBlank(message = "{feedback.complaint.contentRequired}")
        @Size(max = 4000, message = "{feedback.complaint.contentTooLong}")
        @Printable(label = "{feedback.complaint.contentLabel}", multiline = true)
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
