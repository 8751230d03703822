package vn.motcua.engine.system;

import java.util.function.Supplier;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Engine calls made with an authentication other than the caller's: as the system (none, so no authorization
 * check) for what the application reads on a caller's behalf, or as a given officer. The caller's
 * authentication is put back afterwards, whatever happens.
 */
public final class EngineIdentity {

    private EngineIdentity() {
    }

    public static <T> T asSystem(IdentityService identity, Supplier<T> action) {
        return as(identity, null, action);
    }

    /** @param who the authentication to run with; null: the system's */
    public static <T> T as(IdentityService identity, Authentication who, Supplier<T> action) {
        Authentication before = identity.getCurrentAuthentication();
        if (who == null) {
            identity.clearAuthentication();
        } else {
            identity.setAuthentication(who);
        }
        try {
            return action.get();
        } finally {
            if (before == null) {
                identity.clearAuthentication();
            } else {
                identity.setAuthentication(before);
            }
        }
    }
}
