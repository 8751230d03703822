package vn.motcua.partner;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.micrometer.core.instrument.MeterRegistry;

/** One client per agency, built from its configuration on first use (the local port is known by then). */
@Component
public class PartnerClients {

    private final PartnerProperties properties;
    private final LocalPort localPort;
    private final ObjectMapper json;
    private final MeterRegistry meters;
    private final Map<Agency, PartnerClient> clients = new ConcurrentHashMap<>();

    PartnerClients(PartnerProperties properties, LocalPort localPort, ObjectMapper json, MeterRegistry meters) {
        this.properties = properties;
        this.localPort = localPort;
        this.json = json;
        this.meters = meters;
    }

    public PartnerClient of(Agency agency) {
        return clients.computeIfAbsent(agency, a -> {
            PartnerProperties.Endpoint endpoint = properties.endpoint(a);
            return new HttpPartnerClient(a, endpoint, localPort.resolve(endpoint.baseUrl()), json, meters);
        });
    }
}
