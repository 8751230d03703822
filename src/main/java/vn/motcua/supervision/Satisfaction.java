package vn.motcua.supervision;

import java.sql.Timestamp;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import vn.motcua.calendar.DeadlineCalculator;
import vn.motcua.organisation.Agency;
import vn.motcua.organisation.OrganisationCatalogue;

/**
 * The applicants' ratings per agency over the dashboard's period: a rating counts for the centre that
 * received and returned the file and for the agency that answered for it (both kept on the rating, V19).
 * Satisfied: a rating of 4 (hài lòng) or 5 (rất hài lòng). A unit leader sees his own agency only.
 */
@Component
class Satisfaction {

    /** One agency's ratings in the period. */
    record Row(String agencyId, String agency, long count, double average, long satisfied) {

        /** Share satisfied, in percent. */
        public double satisfiedShare() {
            return count == 0 ? 0 : 100.0 * satisfied / count;
        }
    }

    private final JdbcTemplate jdbc;
    private final OrganisationCatalogue organisation;

    Satisfaction(JdbcTemplate jdbc, OrganisationCatalogue organisation) {
        this.jdbc = jdbc;
        this.organisation = organisation;
    }

    List<Row> byAgency(KpiFilter filter) {
        List<Row> rows = jdbc.query("""
                select agency_id, count(*), avg(cast(score as double precision)), sum(case when score >= 4 then 1 else 0 end)
                from (select desk_agency_id as agency_id, score, rated_at from mc_satisfaction_rating
                      union all
                      select processing_agency_id, score, rated_at from mc_satisfaction_rating
                      where processing_agency_id <> desk_agency_id) r
                where agency_id is not null and rated_at >= ? and rated_at < ?
                group by agency_id""", (rs, i) -> {
            String id = rs.getString(1);
            return new Row(id, organisation.current().agency(id).map(Agency::name).orElse(id), rs.getLong(2),
                    rs.getDouble(3), rs.getLong(4));
        }, moment(filter.start()), moment(filter.end()));
        return rows.stream().filter(row -> visible(row.agencyId(), filter))
                .sorted(Comparator.comparing(Row::agency)).toList();
    }

    /** The filter's unit, agency or commune, which a leader's view forces to his own. */
    private boolean visible(String agencyId, KpiFilter filter) {
        Optional<Agency> agency = organisation.current().agency(agencyId);
        if (filter.agency() != null) {
            return filter.agency().id().equals(agencyId);
        }
        if (filter.unit() != null && (agency.isEmpty() || !KpiFilter.sameAgency(filter.unit(), agency.get()))) {
            return false;
        }
        return filter.commune() == null || agency.map(a -> filter.commune().equals(a.commune())).orElse(false);
    }

    private static Timestamp moment(java.time.LocalDate day) {
        return Timestamp.from(day.atStartOfDay(DeadlineCalculator.ZONE).toInstant());
    }
}
