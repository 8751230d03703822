package vn.motcua.partner;

import java.util.Map;

/** One partner agency's API, as the rest of the application sees it. */
public interface PartnerClient {

    /**
     * Sends a request. The same {@code idempotencyKey} sent again (a retry, a node that crashed
     * after sending) must not have a second effect at the agency.
     *
     * @throws PartnerCallException when the agency could not be reached or its answer not read
     */
    Acknowledgement send(PartnerOperation operation, String idempotencyKey, Map<String, Object> body);

    /** Reminds the agency (đôn đốc) of a request it has not answered in time. */
    Acknowledgement remind(PartnerOperation operation, String idempotencyKey, Map<String, Object> body);
}
