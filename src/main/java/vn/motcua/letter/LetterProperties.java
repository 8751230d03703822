package vn.motcua.letter;

import jakarta.validation.constraints.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * What the letters print besides the file itself. The agency's name and place come from
 * {@code motcua.agency.*}; these are the rest of the header and the signature blocks.
 * Unset values take the demo office's defaults below; a blank name leaves the line for a
 * handwritten one.
 *
 * @param parentAgency the issuing agency's direct superior, printed above its name (Decree 30/2020
 *        Annex I: "tên cơ quan chủ quản"); blank for none
 * @param deskAbbreviation the one-stop desk's abbreviation in letter numbers ({@code 01/PBS-TTPVHCC})
 * @param deskAddress where results are collected, printed on the receipt
 * @param deskPhone the desk's phone for questions, printed on requests and notices
 * @param headTitle the desk head's title in signature blocks ({@code GIÁM ĐỐC})
 * @param headName the desk head's name
 * @param processingAgency the agency that appraises files, apologises and refuses after appraisal
 * @param processingAbbreviation its abbreviation in letter numbers ({@code 01/PXL-PNNMT})
 * @param processingHeadTitle its head's title (Thủ trưởng cơ quan, đơn vị)
 * @param processingHeadName its head's name
 * @param lookupUrl the citizen portal page where a file's letters are read with the lookup secret
 */
@Validated
@ConfigurationProperties("motcua.letters")
public record LetterProperties(String parentAgency, String deskAbbreviation, String deskAddress, String deskPhone,
        String headTitle, String headName, String processingAgency, String processingAbbreviation,
        String processingHeadTitle, String processingHeadName,
        @Pattern(regexp = "|https?://\\S+", message = "an http(s) address, or empty") String lookupUrl) {

    public LetterProperties {
        parentAgency = or(parentAgency, "Ủy ban nhân dân xã Long Thành");
        deskAbbreviation = or(deskAbbreviation, "TTPVHCC");
        deskAddress = or(deskAddress, "");
        deskPhone = or(deskPhone, "");
        headTitle = or(headTitle, "Giám đốc");
        headName = or(headName, "");
        processingAgency = or(processingAgency, "Phòng Nông nghiệp và Môi trường");
        processingAbbreviation = or(processingAbbreviation, "PNNMT");
        processingHeadTitle = or(processingHeadTitle, "Trưởng phòng");
        processingHeadName = or(processingHeadName, "");
        lookupUrl = or(lookupUrl, "");
    }

    /** Every default: for tests and for a deployment that sets nothing. */
    public static LetterProperties defaults() {
        return new LetterProperties(null, null, null, null, null, null, null, null, null, null, null);
    }

    private static String or(String value, String fallback) {
        return value == null ? fallback : value.strip();
    }
}
