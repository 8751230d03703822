package vn.motcua.letter;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierService;
import vn.motcua.dossier.FileRoutes;
import vn.motcua.organisation.OrganisationCatalogue;
import vn.motcua.organisation.Unit;

/** Finds a file's {@link FileAgencies} in its route and the organisation in force. */
@Component
class FileAgencyLookup {

    private static final Logger log = LoggerFactory.getLogger(FileAgencyLookup.class);

    private final FileRoutes routes;
    private final OrganisationCatalogue organisation;
    private final DossierService dossiers;

    FileAgencyLookup(FileRoutes routes, OrganisationCatalogue organisation, DossierService dossiers) {
        this.routes = routes;
        this.organisation = organisation;
        this.dossiers = dossiers;
    }

    FileAgencies of(Dossier dossier) {
        return FileAgencies.of(organisation.current(), routes.legs(dossier.id()), processingUnit(dossier));
    }

    /** The role whose leaders answer for the file; the land office if the catalogue no longer knows. */
    private Unit processingUnit(Dossier dossier) {
        try {
            return Unit.valueOfGroup(dossiers.ruleOf(dossier).processingUnit());
        } catch (RuntimeException e) {
            // A letter is never refused for this: it prints in the name of the land office.
            log.warn("File {}: no processing unit for procedure {} ({}); letters name the land office",
                    dossier.code(), dossier.procedureKey(), e.getMessage());
            return Unit.LAND_OFFICE;
        }
    }
}
