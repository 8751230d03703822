package vn.motcua.dossier;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import vn.motcua.organisation.Agency;
import vn.motcua.organisation.Route;
import vn.motcua.organisation.Unit;

/** Each file's agencies, per role, as fixed when it was received (V10). */
@Repository
public class FileRoutes {

    /** One role of a file's route: the agency and its groups as they were on the day of receipt. */
    public record Leg(String unit, String agencyId, String staffGroup, String leadersGroup) {
    }

    private final JdbcTemplate jdbc;

    FileRoutes(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Idempotent: a file keeps the route it got first. */
    void save(long dossierId, Route route) {
        for (Unit unit : Unit.values()) {
            Agency agency = route.agencies().get(unit);
            if (agency == null) {
                continue;
            }
            Integer present = jdbc.queryForObject("select count(*) from mc_dossier_route where dossier_id = ? and unit = ?",
                    Integer.class, dossierId, unit.groupId());
            if (present != null && present == 0) {
                jdbc.update("""
                        insert into mc_dossier_route (dossier_id, unit, agency_id, staff_group, leaders_group)
                        values (?, ?, ?, ?, ?)""", dossierId, unit.groupId(), agency.id(), agency.staffGroup(),
                        agency.leadersGroup());
            }
        }
        jdbc.update("update mc_dossier set receiving_agency = ? where id = ? and receiving_agency is null",
                route.agency(Unit.DESK).id(), dossierId);
    }

    public Optional<Leg> leg(String fileCode, Unit unit) {
        return jdbc.query("""
                select r.unit, r.agency_id, r.staff_group, r.leaders_group from mc_dossier_route r
                join mc_dossier d on d.id = r.dossier_id where d.code = ? and r.unit = ?""",
                (rs, i) -> new Leg(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)),
                fileCode, unit.groupId()).stream().findFirst();
    }

    public List<Leg> legs(long dossierId) {
        return jdbc.query("select unit, agency_id, staff_group, leaders_group from mc_dossier_route where dossier_id = ?"
                + " order by unit", (rs, i) -> new Leg(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4)), dossierId);
    }

    /** Files received before routing (V10), oldest first. */
    List<Long> unrouted(int limit) {
        return jdbc.queryForList("select id from mc_dossier where receiving_agency is null order by id",
                Long.class).stream().limit(limit).toList();
    }
}
