package vn.motcua.partner;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Where agencies send their answers: this deployment's public address plus the agency's path. */
@Component
class CallbackAddress {

    private final String baseUrl;
    private final LocalPort localPort;

    CallbackAddress(@Value("${motcua.partners.callback-base-url:http://localhost:{local-port}}") String baseUrl,
            LocalPort localPort) {
        this.baseUrl = baseUrl;
        this.localPort = localPort;
    }

    String of(Agency agency) {
        return localPort.resolve(baseUrl) + "/api/partners/" + agency.id() + "/callbacks";
    }
}
