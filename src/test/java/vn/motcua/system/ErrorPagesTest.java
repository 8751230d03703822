package vn.motcua.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.servlet.ModelAndView;

/** What the Vietnamese error page says for each kind of failure. */
class ErrorPagesTest {

    private final ErrorPages pages = new ErrorPages("/camunda");

    @Test
    void eachStatusHasAPlainVietnameseExplanationAndTheWayBackToTasklist() {
        for (HttpStatus status : new HttpStatus[] {HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND,
                HttpStatus.INTERNAL_SERVER_ERROR, HttpStatus.SERVICE_UNAVAILABLE, HttpStatus.I_AM_A_TEAPOT}) {
            ModelAndView page = pages.resolveErrorView(new MockHttpServletRequest(), status,
                    Map.of("timestamp", new Date(), "trace", "java.lang.IllegalStateException: secret"));
            assertThat(page.getViewName()).isEqualTo("error");
            assertThat(page.getStatus()).isEqualTo(status);
            assertThat(page.getModel()).containsEntry("status", status.value())
                    .containsEntry("tasklistUrl", "/camunda/app/tasklist/")
                    .containsKeys("title", "explanation", "time")
                    .doesNotContainKeys("trace", "message", "exception", "path");
        }
        assertThat(ErrorPages.title(403)).isEqualTo("Không có quyền truy cập");
        assertThat(ErrorPages.explanation(403)).contains("không có quyền", "quản trị viên");
        assertThat(ErrorPages.title(404)).isEqualTo("Không tìm thấy trang");
        assertThat(ErrorPages.explanation(404)).contains("Danh sách công việc");
        assertThat(ErrorPages.title(500)).isEqualTo("Hệ thống gặp lỗi");
        assertThat(ErrorPages.explanation(503)).contains("thử lại sau", "mã lỗi");
    }

    @Test
    void theTimeIsTheOfficesTime() {
        Date utcMidnight = Date.from(java.time.Instant.parse("2026-12-15T00:00:00Z"));
        assertThat(pages.resolveErrorView(new MockHttpServletRequest(), HttpStatus.NOT_FOUND,
                Map.of("timestamp", utcMidnight)).getModel()).containsEntry("time", "15/12/2026 07:00:00");
    }

    @Test
    void theLinkFollowsTheContextPath() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setContextPath("/motcua");
        assertThat(pages.resolveErrorView(request, HttpStatus.NOT_FOUND, Map.of()).getModel())
                .containsEntry("tasklistUrl", "/motcua/camunda/app/tasklist/");
    }
}
