package vn.motcua.partner;

import org.springframework.stereotype.Component;

/** Where agencies send their answers: this deployment's public address plus the agency's path. */
@Component
class CallbackAddress {

    private final String baseUrl;
    private final LocalPort localPort;

    CallbackAddress(PartnerProperties properties, LocalPort localPort) {
        this.baseUrl = properties.callbackBaseUrl();
        this.localPort = localPort;
    }

    String of(Agency agency) {
        return localPort.resolve(baseUrl) + "/api/partners/" + agency.id() + "/callbacks";
    }
}
