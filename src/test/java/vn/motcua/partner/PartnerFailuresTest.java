package vn.motcua.partner;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;

class PartnerFailuresTest {

    private static final PartnerCallException BUSY = new PartnerCallException(Agency.TAX,
            PartnerOperation.FINANCIAL_OBLIGATION_NOTICE, CallOutcome.HTTP_ERROR, "Cơ quan thuế trả lời lỗi HTTP 503", null);

    @Test
    void aPartnerFailureIsFoundHoweverDeepTheEngineWrappedIt() {
        assertThat(PartnerFailures.in(BUSY)).contains(BUSY);
        assertThat(PartnerFailures.in(new ProcessEngineException("job failed", new RuntimeException(BUSY)))).contains(BUSY);
    }

    @Test
    void anyOtherFailureIsNotOneAndStaysLoud() {
        assertThat(PartnerFailures.in(new IllegalStateException("No exchange pi-1-1"))).isEmpty();
        assertThat(PartnerFailures.in(new ProcessEngineException("x", new NullPointerException()))).isEmpty();
        assertThat(PartnerFailures.in(null)).isEmpty();
    }
}
