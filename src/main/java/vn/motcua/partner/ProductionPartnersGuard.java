package vn.motcua.partner;

import java.util.List;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Refuses to start a production node that would talk to the demo simulator or accept answers
 * signed with a demo secret: every agency needs its real address, password and callback secret.
 */
@Component
@Profile("prod")
class ProductionPartnersGuard implements InitializingBean {

    private final PartnerProperties properties;

    ProductionPartnersGuard(PartnerProperties properties) {
        this.properties = properties;
    }

    @Override
    public void afterPropertiesSet() {
        List<String> problems = properties.agencies().entrySet().stream()
                .filter(e -> demo(e.getValue()))
                .map(e -> e.getKey()).sorted().toList();
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Partner agencies still use the demo simulator or demo credentials; set the"
                    + " MOTCUA_PARTNER_<AGENCY>_URL, _PASSWORD and _SECRET variables for: " + problems);
        }
    }

    static boolean demo(PartnerProperties.Endpoint endpoint) {
        return endpoint.baseUrl() == null || endpoint.baseUrl().contains("/simulator/")
                || endpoint.baseUrl().contains(LocalPort.PLACEHOLDER)
                || endpoint.hasDemoSecret()
                || endpoint.password() == null || endpoint.password().startsWith("demo-");
    }
}
