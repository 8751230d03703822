package vn.motcua.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;

/** The console pattern of application.yaml prints the file code a line is about, and nothing when there is none. */
@ExtendWith(OutputCaptureExtension.class)
class LogPatternTest {

    @Configuration
    static class Nothing {
    }

    @Test
    void aLineAboutAFileCarriesItsCode(CapturedOutput output) {
        try (ConfigurableApplicationContext ignored = new SpringApplicationBuilder(Nothing.class)
                .web(WebApplicationType.NONE).properties("spring.main.banner-mode=off").run()) {
            Logger log = LoggerFactory.getLogger("vn.motcua.LogPatternProbe");
            MDC.put(FileCodeLogContext.MDC_KEY, "000.00.15.H57-261206-0001");
            try {
                log.info("probe with a file");
            } finally {
                MDC.remove(FileCodeLogContext.MDC_KEY);
            }
            log.info("probe without a file");
        }
        assertThat(output.getOut()).containsPattern("\\[000\\.00\\.15\\.H57-261206-0001\\] \\S*LogPatternProbe\\s*: probe with a file")
                .containsPattern("\\] vn\\.motcua\\.LogPatternProbe\\s*: probe without a file")
                .doesNotContain("[] ");
    }
}
