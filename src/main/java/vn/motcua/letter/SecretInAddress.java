package vn.motcua.letter;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * Whether an address carries a lookup secret ({@code ?secret=}): logs, proxies and browser history keep
 * addresses, so the public API and the public pages refuse such a request rather than read it.
 */
public final class SecretInAddress {

    private SecretInAddress() {
    }

    /** @param query the raw query string, or null */
    public static boolean in(String query) {
        if (query == null) {
            return false;
        }
        for (String pair : query.split("&")) {
            String name = pair.contains("=") ? pair.substring(0, pair.indexOf('=')) : pair;
            try {
                name = URLDecoder.decode(name, StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                // a malformed escape: judged as written
            }
            if (name.trim().equalsIgnoreCase("secret")) {
                return true;
            }
        }
        return false;
    }
}
