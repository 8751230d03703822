package vn.motcua.supervision;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import vn.motcua.organisation.Agency;
import vn.motcua.organisation.GroupNames;
import vn.motcua.organisation.OrganisationCatalogue;
import vn.motcua.procedure.ProcedureCatalogue;
import vn.motcua.system.Messages;

/**
 * The dashboard's filter takes only values it offers: a unit, commune or agency of the organisation
 * and a procedure of the catalogue or of the register (a procedure since removed from the catalogue
 * still has files). Anything else is a crafted link: refused, never echoed into a page or an export.
 */
@Component
class FilterValues {

    private final ProcedureCatalogue catalogue;
    private final JdbcTemplate jdbc;
    private final OrganisationCatalogue organisation;

    FilterValues(ProcedureCatalogue catalogue, JdbcTemplate jdbc, OrganisationCatalogue organisation) {
        this.catalogue = catalogue;
        this.jdbc = jdbc;
        this.organisation = organisation;
    }

    /** @throws Unknown for a unit or procedure the dashboard does not know; blank means all */
    void check(String unit, String procedure) {
        if (present(unit) && GroupNames.agency(unit.trim()).isEmpty()) {
            throw new Unknown(Messages.text("supervision.filter.unknownUnit"));
        }
        if (present(procedure) && !knownProcedure(procedure.trim())) {
            throw new Unknown(Messages.text("supervision.filter.unknownProcedure"));
        }
    }

    /** @throws Unknown for a commune that is not one of the province's; blank means all */
    String commune(String code) {
        if (!present(code)) {
            return null;
        }
        return organisation.current().commune(code.trim()).orElseThrow(() -> new Unknown(
                Messages.text("supervision.filter.unknownCommune"))).code();
    }

    /**
     * The agency asked for, checked against the unit asked for with it.
     *
     * @throws Unknown for an agency the organisation does not have, or a unit of another agency with it
     */
    Agency agency(String id, String unit) {
        if (!present(id)) {
            return null;
        }
        Agency agency = organisation.current().agency(id.trim()).orElseThrow(() -> new Unknown(
                Messages.text("supervision.filter.unknownAgency")));
        if (present(unit) && !KpiFilter.sameAgency(unit.trim(), agency)) {
            // The monthly rollup keeps a file per unit or per centre, not per pair of them.
            throw new Unknown(Messages.text("supervision.filter.unitOfOtherAgency"));
        }
        return agency;
    }

    private boolean knownProcedure(String key) {
        return catalogue.exists(key) || !jdbc.queryForList(
                "select procedure_key from mc_dossier where procedure_key = ? fetch first 1 rows only", String.class, key)
                .isEmpty();
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    /** A filter value the dashboard does not offer; the message says which filter, not the value. */
    static final class Unknown extends RuntimeException {

        Unknown(String message) {
            super(message);
        }
    }
}
