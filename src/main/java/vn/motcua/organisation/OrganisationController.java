package vn.motcua.organisation;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.motcua.system.InvalidRequestException;
import vn.motcua.system.Messages;

/** The deployment's communes and agencies for officers, and the administrator's reload. */
@RestController
@RequestMapping("/api/organisation")
class OrganisationController {

    record CommuneView(String code, String name, boolean remote) {
    }

    record AgencyView(String id, String kind, String code, String name, String commune, List<String> serves,
            String staffGroup, String leadersGroup, String head) {
    }

    record ReloadResult(String province, int communes, int agencies) {
    }

    private final OrganisationCatalogue catalogue;

    OrganisationController(OrganisationCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** First the demo's first commune, as the file lists them. */
    @GetMapping("/communes")
    @PreAuthorize("@officers.isOfficer(authentication)")
    List<CommuneView> communes() {
        return catalogue.current().communes().stream().map(c -> new CommuneView(c.code(), c.name(), c.remote())).toList();
    }

    @GetMapping("/agencies")
    @PreAuthorize("@officers.isOfficer(authentication)")
    List<AgencyView> agencies() {
        return catalogue.current().agencies().stream().map(a -> new AgencyView(a.id(), a.kind().name(), a.code(),
                a.name(), a.commune(), a.serves().stream().sorted().toList(), a.staffGroup(), a.leadersGroup(),
                (a.headTitle() + " " + a.headName()).strip())).toList();
    }

    @PostMapping("/reload")
    @PreAuthorize("hasAuthority('GROUP_camunda-admin')")
    ReloadResult reload() {
        try {
            Organisation fresh = catalogue.reload();
            return new ReloadResult(fresh.provinceName(), fresh.communes().size(), fresh.agencies().size());
        } catch (IllegalStateException e) {
            throw new InvalidRequestException("organisation",
                    Messages.text("organisation.file.rejected", e.getMessage()));
        }
    }
}
