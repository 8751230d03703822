package vn.motcua.partner;

import org.springframework.boot.web.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * This node's HTTP port once the server is up: the demo points the agencies at the built-in
 * simulator on the node's own port, which is only known after start (random in tests).
 */
@Component
public class LocalPort {

    static final String PLACEHOLDER = "{local-port}";

    private volatile int port = -1;

    @EventListener
    void on(WebServerInitializedEvent event) {
        if (event.getApplicationContext().getServerNamespace() == null) {
            port = event.getWebServer().getPort();
        }
    }

    public String resolve(String url) {
        if (!url.contains(PLACEHOLDER)) {
            return url;
        }
        if (port < 0) {
            throw new IllegalStateException("The web server has not started yet: cannot resolve " + url);
        }
        return url.replace(PLACEHOLDER, Integer.toString(port));
    }
}
