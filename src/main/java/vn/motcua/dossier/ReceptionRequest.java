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
        @NotBlank(message = "{dossier.reception.procedureRequired}")
        @Size(max = 60, message = "{dossier.reception.procedureTooLong}")
        String procedureKey,

        @Size(max = 100, message = "{dossier.reception.clientRequestIdTooLong}")
        @Pattern(regexp = "[A-Za-z0-9._:-]*", message = "{dossier.reception.clientRequestIdCharacters}")
        String clientRequestId,

        @NotBlank(message = "{dossier.reception.channelRequired}")
        @Pattern(regexp = "IN_PERSON|POST|ONLINE", message = "{dossier.reception.channelUnknown}")
        String channel,

        @NotNull(message = "{dossier.reception.applicantRequired}") @Valid
        ApplicantData applicant,

        @NotNull(message = "{dossier.reception.parcelRequired}") @Valid
        ParcelData parcel,

        @Size(max = 2000, message = "{dossier.reception.requestSummaryTooLong}")
        @Printable(label = "{dossier.reception.requestSummaryLabel}", multiline = true)
        String requestSummary,

        Instant receivedAt,

        /** Số lượng hồ sơ on the receipt; unknown (and printed as not recorded) when not given. */
        @Min(value = 1, message = "{dossier.reception.sets}")
        @Max(value = 99, message = "{dossier.reception.sets}")
        Integer sets,

        /** The papers received, listed on the receipt in this order (BM.01 "thành phần hồ sơ"). */
        @Size(max = 50, message = "{dossier.reception.documentsTooMany}")
        List<@Valid DocumentData> documents) {

    /** One paper received: its name, whether original or which copy, how many. */
    public record DocumentData(
            @NotBlank(message = "{dossier.reception.document.nameRequired}")
            @Size(max = 500, message = "{dossier.reception.document.nameTooLong}")
            @Printable(label = "{dossier.reception.documentNameLabel}")
            String name,

            @Pattern(regexp = "ORIGINAL|CERTIFIED_COPY|COPY|ELECTRONIC", message = "{dossier.reception.document.typeUnknown}")
            String type,

            @Min(value = 1, message = "{dossier.reception.document.count}")
            @Max(value = 99, message = "{dossier.reception.document.count}")
            Integer count,

            /** An electronic paper: where the portal keeps it. */
            @Size(max = 1000, message = "{dossier.reception.document.referenceTooLong}")
            @Pattern(regexp = "https://\\S+", message = "{dossier.reception.document.referenceHttps}")
            String reference,

            /** ... and the SHA-256 of its content, so the desk can show it opened what was filed. */
            @Pattern(regexp = "[0-9a-f]{64}", message = "{dossier.reception.document.sha256}")
            String sha256) {

        public DocumentData(String name, String type, Integer count) {
            this(name, type, count, null, null);
        }
    }

    public record ApplicantData(
            @NotBlank(message = "{dossier.reception.applicant.fullNameRequired}")
            @Size(max = 200, message = "{dossier.reception.applicant.fullNameTooLong}")
            @Printable(label = "{dossier.reception.applicantNameLabel}")
            String fullName,

            @NotBlank(message = "{dossier.reception.applicant.idNumberRequired}")
            @Pattern(regexp = "[0-9]{12}", message = "{dossier.reception.applicant.idNumberDigits}")
            String idNumber,

            @Pattern(regexp = "0[0-9]{9,10}", message = "{dossier.reception.applicant.phone}")
            String phone,

            @Email(message = "{dossier.reception.applicant.emailInvalid}")
            @Size(max = 200, message = "{dossier.reception.applicant.emailTooLong}")
            @Printable(label = "{dossier.reception.applicantEmailLabel}")
            String email,

            @NotBlank(message = "{dossier.reception.applicant.addressRequired}")
            @Size(max = 500, message = "{dossier.reception.applicant.addressTooLong}")
            @Printable(label = "{dossier.reception.applicantAddressLabel}")
            String address) {

        /** The phone as people write it ("0912 345 678", "+84 912.345.678") is kept as its digits. */
        public ApplicantData {
            phone = PhoneNumbers.digits(phone);
        }
    }

    public record ParcelData(
            @NotBlank(message = "{dossier.reception.parcel.mapSheetRequired}")
            @Size(max = 20, message = "{dossier.reception.parcel.mapSheetTooLong}")
            @Printable(label = "{dossier.reception.mapSheetLabel}")
            String mapSheet,

            @NotBlank(message = "{dossier.reception.parcel.parcelNumberRequired}")
            @Size(max = 20, message = "{dossier.reception.parcel.parcelNumberTooLong}")
            @Printable(label = "{dossier.reception.parcelNumberLabel}")
            String parcelNumber,

            @NotBlank(message = "{dossier.reception.parcel.addressRequired}")
            @Size(max = 500, message = "{dossier.reception.parcel.addressTooLong}")
            @Printable(label = "{dossier.reception.parcelAddressLabel}")
            String address,

            /** The parcel's commune (national administrative-unit code): it decides the agencies and the time limit. */
            @NotBlank(message = "{dossier.reception.parcel.communeRequired}")
            @Pattern(regexp = "[0-9]{5}", message = "{dossier.reception.parcel.communeDigits}")
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
