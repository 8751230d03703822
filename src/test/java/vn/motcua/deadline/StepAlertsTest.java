package vn.motcua.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * What a step's deadline does to its task, checked without the engine: the escalation calls in the
 * leaders of each candidate unit once, above the warning's priority, and the comments say why.
 */
class StepAlertsTest {

    @Test
    void escalationCallsInTheLeadersOfEachCandidateUnitOnce() {
        assertThat(StepAlerts.leadersOf(Arrays.asList("landoffice", null, "landoffice", "desk")))
                .containsExactly("landofficeleaders", "deskleaders");
        assertThat(StepAlerts.leadersOf(List.of("not-an-agency"))).as("a group of no agency stays itself")
                .containsExactly("not-an-agency");
    }

    @Test
    void anEscalatedTaskRanksAboveAWarnedOne() {
        assertThat(StepAlerts.ESCALATION_PRIORITY).isGreaterThan(StepAlerts.WARNING_PRIORITY);
    }

    @Test
    void commentsNameTheStepTheDueMomentAndTheLeaders() {
        assertThat(StepAlerts.warningComment("Thẩm định hồ sơ", null))
                .isEqualTo("Cảnh báo: bước \"Thẩm định hồ sơ\" sắp hết thời gian xử lý.");
        assertThat(StepAlerts.warningComment("Thẩm định hồ sơ", Instant.parse("2026-11-23T10:00:00Z")))
                .startsWith("Cảnh báo: bước \"Thẩm định hồ sơ\" sắp hết thời gian xử lý (hạn ").contains("23/11/2026");
        assertThat(StepAlerts.escalationComment("Thẩm định hồ sơ", List.of("landofficeleaders", "deskleaders")))
                .isEqualTo("Quá hạn xử lý bước \"Thẩm định hồ sơ\": đã báo lãnh đạo đơn vị (landofficeleaders, deskleaders).");
        assertThat(StepAlerts.unclaimedOnlineFileComment()).contains("đã 2 giờ làm việc")
                .contains("chưa có cán bộ nhận");
    }
}
