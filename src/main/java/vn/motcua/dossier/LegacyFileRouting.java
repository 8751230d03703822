package vn.motcua.dossier;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import vn.motcua.organisation.Agency;
import vn.motcua.organisation.Organisation;
import vn.motcua.organisation.OrganisationCatalogue;
import vn.motcua.system.StartupSeed;

/**
 * Files received before routing (V10) belong to the first office: its centre received them, its
 * agencies (the plain groups their tasks already name) process them, and a file without a commune
 * is the first commune's. Runs at every start and does nothing once every file has a route.
 */
@Component
@Order(15)
class LegacyFileRouting implements StartupSeed {

    private static final Logger log = LoggerFactory.getLogger(LegacyFileRouting.class);
    private static final int BATCH = 500;

    private final FileRoutes routes;
    private final OrganisationCatalogue organisation;
    private final JdbcTemplate jdbc;

    LegacyFileRouting(FileRoutes routes, OrganisationCatalogue organisation, JdbcTemplate jdbc) {
        this.routes = routes;
        this.organisation = organisation;
        this.jdbc = jdbc;
    }

    @Override
    public void seed() {
        Organisation current = organisation.current();
        Agency centre = current.firstCentre();
        int routed = 0;
        for (List<Long> ids = routes.unrouted(BATCH); !ids.isEmpty(); ids = routes.unrouted(BATCH)) {
            for (long id : ids) {
                var file = jdbc.queryForMap("select procedure_key, commune_code from mc_dossier where id = ?", id);
                String commune = (String) file.get("commune_code");
                if (commune == null || current.commune(commune).isEmpty()) {
                    commune = centre.commune();
                    jdbc.update("update mc_dossier set commune_code = ? where id = ?", commune, id);
                }
                routes.save(id, current.route((String) file.get("procedure_key"), commune, centre));
                routed++;
            }
        }
        if (routed > 0) {
            log.info("{} file(s) received before routing were given the first office's route ({})", routed,
                    centre.name());
        }
    }
}
