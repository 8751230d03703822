package vn.motcua.partner;

import java.util.Optional;

/** Recognises a partner agency's failure anywhere in an exception's chain of causes. */
public final class PartnerFailures {

    private PartnerFailures() {
    }

    public static Optional<PartnerCallException> in(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof PartnerCallException partner) {
                return Optional.of(partner);
            }
        }
        return Optional.empty();
    }
}
