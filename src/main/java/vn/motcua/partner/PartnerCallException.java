package vn.motcua.partner;

/**
 * A call to a partner agency failed in a way a later attempt may cure (time-out, 5xx, an answer
 * that cannot be read). The engine retries the step; the message is what Cockpit shows in the
 * incident after the last attempt, so it says which agency and what went wrong.
 */
public class PartnerCallException extends RuntimeException {

    private final Agency agency;
    private final PartnerOperation operation;
    private final CallOutcome outcome;

    PartnerCallException(Agency agency, PartnerOperation operation, CallOutcome outcome, String message, Throwable cause) {
        super(message, cause);
        this.agency = agency;
        this.operation = operation;
        this.outcome = outcome;
    }

    public Agency agency() {
        return agency;
    }

    public PartnerOperation operation() {
        return operation;
    }

    CallOutcome outcome() {
        return outcome;
    }
}
