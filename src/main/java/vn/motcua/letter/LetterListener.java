package vn.motcua.letter;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.motcua.dossier.DossierEvent;

/**
 * Letters follow the file's life cycle: {@code DossierService} publishes an event inside each
 * step's transaction and the letters commit or roll back with the step.
 */
@Component
class LetterListener {

    private final LetterIssuer issuer;

    LetterListener(LetterIssuer issuer) {
        this.issuer = issuer;
    }

    @EventListener
    public void on(DossierEvent event) {
        issuer.issueFor(event);
    }
}
