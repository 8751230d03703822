package vn.motcua.partner;

/** How a call to a partner agency ended: the {@code outcome} tag of its latency metric. */
enum CallOutcome {

    SUCCESS("success"),
    /** The agency answered with an HTTP error status (a 503 when it is overloaded). */
    HTTP_ERROR("http-error"),
    TIMEOUT("timeout"),
    UNREACHABLE("unreachable"),
    NETWORK_ERROR("network-error"),
    /** An answer that is not JSON or does not say what the agency did. */
    INVALID_ANSWER("invalid-answer");

    private final String tag;

    CallOutcome(String tag) {
        this.tag = tag;
    }

    String tag() {
        return tag;
    }
}
