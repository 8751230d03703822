package vn.motcua.security;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Whether a request comes from this machine: the node calling its own simulator, or the simulator
 * answering on its behalf. Decided from the connection's peer address alone
 * ({@link HttpServletRequest#getRemoteAddr()}); {@code X-Forwarded-For} and friends are the
 * caller's own word and never make a request local. (Behind a reverse proxy the container rewrites
 * the peer address only if told to trust that proxy: {@code server.forward-headers-strategy}.)
 */
public final class LocalCallers {

    /** An IPv4 or IPv6 literal, so that deciding never costs a DNS lookup. */
    private static final Pattern IP_LITERAL = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}|[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

    private LocalCallers() {
    }

    public static boolean isLocal(HttpServletRequest request) {
        return isLoopback(request.getRemoteAddr());
    }

    static boolean isLoopback(String address) {
        if (address == null || !IP_LITERAL.matcher(address).matches()) {
            return false;
        }
        try {
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
