package vn.motcua.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/** Only the connection's own peer address makes a caller local; what it writes in headers never does. */
class LocalCallersTest {

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "127.8.9.10", "::1", "0:0:0:0:0:0:0:1", "::ffff:127.0.0.1"})
    void loopbackAddressesAreLocal(String address) {
        assertThat(LocalCallers.isLocal(from(address))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"203.0.113.7", "10.0.0.1", "192.168.1.10", "172.16.0.1", "0.0.0.0", "::", "2001:db8::1",
            "::ffff:203.0.113.7", "fe80::1%eth0", "localhost", "127.0.0.1.example.org", "", " 127.0.0.1"})
    void everythingElseIsNot(String address) {
        assertThat(LocalCallers.isLocal(from(address))).isFalse();
    }

    @Test
    void forwardingHeadersDoNotMakeARemoteCallerLocal() {
        MockHttpServletRequest request = from("203.0.113.7");
        request.addHeader("X-Forwarded-For", "127.0.0.1");
        request.addHeader("X-Real-IP", "127.0.0.1");
        request.addHeader("Forwarded", "for=127.0.0.1");
        request.addHeader("Host", "localhost");
        assertThat(LocalCallers.isLocal(request)).isFalse();
    }

    @Test
    void aRequestWithoutAnAddressIsNotLocal() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr(null);
        assertThat(LocalCallers.isLocal(request)).isFalse();
    }

    private static MockHttpServletRequest from(String address) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr(address);
        return request;
    }
}
