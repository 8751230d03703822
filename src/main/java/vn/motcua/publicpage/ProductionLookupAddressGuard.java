package vn.motcua.publicpage;

import java.net.URI;
import java.util.Optional;
import java.util.Set;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import vn.motcua.letter.LetterProperties;

/**
 * Every receipt prints the lookup page's address and its QR code: in production that address must be
 * one a citizen's phone reaches, not the demo's {@code localhost} (the phone would open itself).
 */
@Component
@Profile("prod")
class ProductionLookupAddressGuard implements InitializingBean {

    private static final Set<String> LOCAL_HOSTS = Set.of("localhost", "127.0.0.1", "[::1]", "0.0.0.0");

    private final LetterProperties letters;

    ProductionLookupAddressGuard(LetterProperties letters) {
        this.letters = letters;
    }

    @Override
    public void afterPropertiesSet() {
        problem(letters.lookupUrl()).ifPresent(problem -> {
            throw new IllegalStateException("The prod profile refuses to start: " + problem);
        });
    }

    static Optional<String> problem(String lookupUrl) {
        if (lookupUrl.isEmpty()) {
            return Optional.empty(); // no address printed: the QR code holds the file code only
        }
        String host = URI.create(lookupUrl).getHost();
        if (host == null || LOCAL_HOSTS.contains(host.toLowerCase(java.util.Locale.ROOT)) || host.startsWith("127.")) {
            return Optional.of("motcua.letters.lookup-url (" + lookupUrl + ") is this machine's own address; receipts would"
                    + " send citizens' phones to themselves. Set MOTCUA_PUBLIC_URL to the address citizens reach.");
        }
        return Optional.empty();
    }
}
