package vn.motcua.partner;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the applicant reads: Vietnamese, the file's code, dates as dd/MM/yyyy (Decree 118/2025 Art 19(6)). */
class ApplicantNoticesTest {

    private static Map<String, Object> line(String status) {
        Map<String, Object> row = new HashMap<>();
        row.put("code", "000.00.26.H01-261207-0001");
        row.put("procedure_name", "Chuyển mục đích sử dụng đất");
        row.put("status", status);
        row.put("reason", "Bản sao giấy chứng nhận");
        row.put("due_date", Date.valueOf(LocalDate.of(2027, 1, 8)));
        row.put("pause_reason", "Niêm yết công khai kết quả kiểm tra hồ sơ");
        return row;
    }

    @ParameterizedTest
    @ValueSource(strings = {"IN_PROGRESS", "WAITING_SUPPLEMENT_AT_RECEPTION", "WAITING_AGENCY_SUPPLEMENT", "APOLOGY_SENT",
            "CLOCK_PAUSED", "CLOCK_RESUMED", "RESULT_READY"})
    void everyNoticeNamesTheFileAndWritesDaysAsAPersonReadsThem(String status) {
        assertThat(ApplicantNotices.TOLD).contains(status);
        String message = ApplicantNotices.message(line(status));
        assertThat(message).startsWith("Hồ sơ 000.00.26.H01-261207-0001").doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"IN_PROGRESS", "APOLOGY_SENT", "CLOCK_RESUMED"})
    void aNoticeOfANewOrMovedAppointmentGivesTheDate(String status) {
        assertThat(ApplicantNotices.message(line(status))).contains("08/01/2027");
    }

    @ParameterizedTest
    @ValueSource(strings = {"WAITING_SUPPLEMENT_AT_RECEPTION", "WAITING_AGENCY_SUPPLEMENT"})
    void aSupplementNoticeListsWhatIsMissing(String status) {
        assertThat(ApplicantNotices.message(line(status))).contains("cần bổ sung: Bản sao giấy chứng nhận");
    }

    @org.junit.jupiter.api.Test
    void eachNoticeSaysWhatHappened() {
        assertThat(ApplicantNotices.message(line("IN_PROGRESS"))).contains("đã được tiếp nhận");
        assertThat(ApplicantNotices.message(line("APOLOGY_SENT"))).contains("xin lỗi");
        assertThat(ApplicantNotices.message(line("CLOCK_PAUSED"))).contains("tạm ngưng",
                "Niêm yết công khai kết quả kiểm tra hồ sơ");
        assertThat(ApplicantNotices.message(line("CLOCK_RESUMED"))).contains("tiếp tục được giải quyết");
        assertThat(ApplicantNotices.message(line("RESULT_READY"))).contains("đã có kết quả");
    }
}
