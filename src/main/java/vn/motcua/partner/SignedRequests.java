package vn.motcua.partner;

import java.time.Instant;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;

import vn.motcua.security.LocalCallers;
import vn.motcua.system.ForbiddenException;
import vn.motcua.system.Messages;
import vn.motcua.system.UnauthorizedException;

/**
 * Every request a partner system sends us on its own (answers, files pushed by the portal, complaints
 * from the 1022 hotline) is signed with that agency's secret ({@link CallbackSignature}) and stamped
 * with the time, checked here before its body is read.
 */
@Component
public class SignedRequests {

    private final PartnerProperties properties;

    SignedRequests(PartnerProperties properties) {
        this.properties = properties;
    }

    /**
     * @throws ForbiddenException the agency still has a demo secret and the caller is not this machine
     * @throws UnauthorizedException the timestamp is missing, too old or too new, or the signature is wrong
     */
    public void verify(Agency agency, HttpServletRequest request, String signature, String timestamp, String body) {
        // Anyone can sign with a demo secret: only the simulator on this machine may use one.
        if (properties.endpoint(agency).hasDemoSecret() && !LocalCallers.isLocal(request)) {
            throw new ForbiddenException(Messages.text("partner.signature.demoSecret", agency.displayName()));
        }
        long seconds;
        try {
            seconds = Long.parseLong(timestamp == null ? "" : timestamp.trim());
        } catch (NumberFormatException e) {
            throw new UnauthorizedException(Messages.text("partner.signature.badTimestamp", CallbackSignature.TIMESTAMP_HEADER));
        }
        // Compared in seconds: a timestamp near Long.MIN/MAX_VALUE is no Instant and must not throw.
        // Real time, not TimeSource: the sender signs with its own real clock, whatever the engine's says.
        long now = Instant.now().getEpochSecond();
        long maxSkew = properties.callbackMaxSkew().toSeconds();
        if (seconds < now - maxSkew || seconds > now + maxSkew) {
            throw new UnauthorizedException(Messages.text("partner.signature.skew",
                    properties.callbackMaxSkew().toMinutes()));
        }
        if (!CallbackSignature.matches(properties.endpoint(agency).callbackSecret(), seconds, body == null ? "" : body, signature)) {
            throw new UnauthorizedException(Messages.text("partner.signature.wrong", CallbackSignature.SIGNATURE_HEADER));
        }
    }
}
