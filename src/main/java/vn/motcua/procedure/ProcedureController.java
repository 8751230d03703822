package vn.motcua.procedure;

import java.util.List;
import java.util.Set;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.motcua.system.Messages;
import vn.motcua.system.TimeSource;
import vn.motcua.system.InvalidRequestException;

/** The catalogue of procedures as in force today, and a reload after an analyst edited a table. */
@RestController
@RequestMapping("/api/procedures")
class ProcedureController {

    private final ProcedureCatalogue catalogue;
    private final ProcedureProperties properties;
    private final TimeSource clock;

    ProcedureController(ProcedureCatalogue catalogue, ProcedureProperties properties, TimeSource clock) {
        this.catalogue = catalogue;
        this.properties = properties;
        this.clock = clock;
    }

    @GetMapping
    @PreAuthorize("isAuthenticated()")
    List<ProcedureRule> inForce() {
        return catalogue.keys().stream().map(key -> catalogue.rule(key, properties.province(), clock.today())).toList();
    }

    @PostMapping("/reload")
    @PreAuthorize("hasAnyAuthority('GROUP_analysts', 'GROUP_camunda-admin')")
    Set<String> reload() {
        try {
            return catalogue.reload();
        } catch (IllegalStateException e) {
            throw new InvalidRequestException("timeLimits", Messages.text("procedure.reload.refused", e.getMessage()));
        }
    }
}
