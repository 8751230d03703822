package vn.motcua.letter;

import jakarta.validation.constraints.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * What the letters print that belongs to no one agency. Letterheads, places, addresses, phones,
 * abbreviations and signatories are each agency's own, from the organisation file
 * ({@code organisation/province.yaml}); {@link RetiredLetterSettings} warns about the settings that
 * used to give them.
 *
 * @param lookupUrl the public lookup page ("https://motcua.example/tra-cuu") where the applicant reads the file with
 *                  the lookup secret; the receipt prints it and its QR code opens it
 */
@Validated
@ConfigurationProperties("motcua.letters")
public record LetterProperties(
        @Pattern(regexp = "|https?://\\S+", message = "an http(s) address, or empty") String lookupUrl) {

    public LetterProperties {
        lookupUrl = lookupUrl == null ? "" : lookupUrl.strip();
    }

    /** Every default: for tests and for a deployment that sets nothing. */
    public static LetterProperties defaults() {
        return new LetterProperties(null);
    }
}
