package vn.motcua.supervision;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import vn.motcua.organisation.GroupNames;
import vn.motcua.procedure.ProcedureCatalogue;

/**
 * The dashboard's filter takes only values it offers: a unit of the organisation and a procedure
 * of the catalogue or of the register (a procedure since removed from the catalogue still has
 * files). Anything else is a crafted link: refused, never echoed into a page or an export.
 */
@Component
class FilterValues {

    private final ProcedureCatalogue catalogue;
    private final JdbcTemplate jdbc;

    FilterValues(ProcedureCatalogue catalogue, JdbcTemplate jdbc) {
        this.catalogue = catalogue;
        this.jdbc = jdbc;
    }

    /** @throws Unknown for a unit or procedure the dashboard does not know; blank means all */
    void check(String unit, String procedure) {
        if (unit != null && !unit.isBlank() && GroupNames.agency(unit.trim()).isEmpty()) {
            throw new Unknown("Đơn vị được chọn không có trong danh sách đơn vị. Xin chọn lại đơn vị trong bộ lọc.");
        }
        if (procedure != null && !procedure.isBlank() && !knownProcedure(procedure.trim())) {
            throw new Unknown("Thủ tục được chọn không có trong danh mục thủ tục. Xin chọn lại thủ tục trong bộ lọc.");
        }
    }

    private boolean knownProcedure(String key) {
        return catalogue.exists(key) || !jdbc.queryForList(
                "select procedure_key from mc_dossier where procedure_key = ? fetch first 1 rows only", String.class, key)
                .isEmpty();
    }

    /** A filter value the dashboard does not offer; the message says which filter, not the value. */
    static final class Unknown extends RuntimeException {

        Unknown(String message) {
            super(message);
        }
    }
}
