package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The number of sets printed on the receipt (BM.01 "Số lượng hồ sơ") is what the desk said: a file
 * received without it keeps it unknown rather than "01 bộ" nobody stated.
 */
class ReceivedSetsTest {

    private static final ReceptionRequest.ApplicantData APPLICANT = new ReceptionRequest.ApplicantData("Trần Thị Bình",
            "001203004567", null, null, "Thôn Đông");
    private static final ReceptionRequest.ParcelData PARCEL = new ReceptionRequest.ParcelData("12", "345", "Thôn Đông",
            "26041");

    @Test
    void anApiFileWithoutSetsHasNoNumberOfSets() {
        ReceptionRequest request = new ReceptionRequest("land-use-conversion", null, "IN_PERSON", APPLICANT, PARCEL, null,
                null, null, null);
        assertThat(request.toReceivedFile().documents().sets()).isNull();
        ReceptionRequest withSets = new ReceptionRequest("land-use-conversion", null, "IN_PERSON", APPLICANT, PARCEL, null,
                null, 2, List.of());
        assertThat(withSets.toReceivedFile().documents().sets()).isEqualTo(2);
    }

    @Test
    void aFileReceivedWithoutItsPapersHasNoNumberOfSets() {
        ReceivedFile file = new ReceivedFile("land-use-conversion", null, Channel.IN_PERSON,
                new Dossier.Applicant("Trần Thị Bình", "001203004567", null, null, "Thôn Đông"), null, null, null);
        assertThat(file.documents().sets()).isNull();
        assertThat(file.documents().documents()).isEmpty();
    }
}
