package vn.motcua.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class FileCodeLogContextTest {

    private static String fileCodeDuring(String uri) throws Exception {
        List<String> seen = new ArrayList<>();
        new FileCodeLogContext().doFilter(new MockHttpServletRequest("GET", uri), new MockHttpServletResponse(),
                (request, response) -> seen.add(MDC.get(FileCodeLogContext.MDC_KEY)));
        assertThat(MDC.get(FileCodeLogContext.MDC_KEY)).as("cleared after the request").isNull();
        return seen.get(0);
    }

    @Test
    void aRequestAboutOneFileLogsItsCode() throws Exception {
        assertThat(fileCodeDuring("/api/dossiers/000.00.15.H57-261206-0001")).isEqualTo("000.00.15.H57-261206-0001");
        assertThat(fileCodeDuring("/api/dossiers/000.00.15.H57-261206-0001/letters/7")).isEqualTo("000.00.15.H57-261206-0001");
        assertThat(fileCodeDuring("/api/public/dossiers/000.00.15.H57-261206-0002/letters"))
                .isEqualTo("000.00.15.H57-261206-0002");
    }

    @Test
    void otherRequestsAndForgedCodesLeaveTheLogContextAlone() throws Exception {
        assertThat(fileCodeDuring("/api/dossiers")).isNull();
        assertThat(fileCodeDuring("/api/calendar/2026")).isNull();
        assertThat(fileCodeDuring("/api/dossiers/abc%0AERROR%20forged")).isNull();
    }
}
