package vn.motcua.supervision;

import java.sql.Timestamp;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;

import vn.motcua.calendar.DeadlineCalculator;
import vn.motcua.organisation.Agency;
import vn.motcua.organisation.OrganisationCatalogue;
import vn.motcua.publicpage.SatisfactionCriteria;

/**
 * The applicants' ratings per agency over the dashboard's period: a rating counts for the centre that
 * received and returned the file and for the agency that answered for it (both kept on the rating, V19).
 * Per criterion, the share of answers that count as satisfied (as judged when given, V25). Old ratings on
 * the 1–5 scale (before V25) have no answers: they count in the overall share only, 4 or 5 as satisfied,
 * and are shown apart ({@link Row#oldScale}).
 */
@Component
class Satisfaction {

    /** Satisfied answers out of those given; no share when none was given. */
    record Share(long satisfied, long answered) {

        public Double percent() {
            return answered == 0 ? null : 100.0 * satisfied / answered;
        }

        Share plus(Share other) {
            return new Share(satisfied + other.satisfied, answered + other.answered);
        }

        static final Share NONE = new Share(0, 0);
    }

    /**
     * One agency's ratings in the period.
     *
     * @param criteria the shares by criterion code (no entry when no answer was given)
     * @param overall  the overall criterion's answers plus the old 1–5 ratings
     * @param oldScale ratings given on the old 1–5 scale
     */
    record Row(String agencyId, String agency, long count, long oldScale, Map<String, Share> criteria, Share overall) {

        public Share share(String criterion) {
            return criteria.getOrDefault(criterion, Share.NONE);
        }
    }

    /** The ratings as one row per rated agency: the file's centre, and its processing agency when another. */
    private static final String BY_AGENCY = """
            (select dossier_id, desk_agency_id as agency_id, score, rated_at from mc_satisfaction_rating
             union all
             select dossier_id, processing_agency_id, score, rated_at from mc_satisfaction_rating
             where processing_agency_id <> desk_agency_id) r""";

    private final JdbcTemplate jdbc;
    private final OrganisationCatalogue organisation;
    private final SatisfactionCriteria criteria;

    Satisfaction(JdbcTemplate jdbc, OrganisationCatalogue organisation, SatisfactionCriteria criteria) {
        this.jdbc = jdbc;
        this.organisation = organisation;
        this.criteria = criteria;
    }

    List<Row> byAgency(KpiFilter filter) {
        Timestamp from = moment(filter.start());
        Timestamp to = moment(filter.end());
        Map<String, long[]> ratings = new LinkedHashMap<>();
        jdbc.query("select agency_id, count(*), sum(case when score is not null then 1 else 0 end),"
                + " sum(case when score >= 4 then 1 else 0 end) from " + BY_AGENCY
                + " where agency_id is not null and rated_at >= ? and rated_at < ? group by agency_id",
                (RowCallbackHandler) rs -> {
                    ratings.put(rs.getString(1), new long[] {rs.getLong(2), rs.getLong(3), rs.getLong(4)});
                }, from, to);
        Map<String, Map<String, Share>> answers = new HashMap<>();
        jdbc.query("select r.agency_id, a.criterion, count(*), sum(case when a.satisfied then 1 else 0 end) from " + BY_AGENCY
                + " join mc_satisfaction_answer a on a.dossier_id = r.dossier_id"
                + " where r.agency_id is not null and r.rated_at >= ? and r.rated_at < ? group by r.agency_id, a.criterion",
                (RowCallbackHandler) rs -> {
                    answers.computeIfAbsent(rs.getString(1), k -> new HashMap<>())
                            .put(rs.getString(2), new Share(rs.getLong(4), rs.getLong(3)));
                }, from, to);
        String overall = criteria.overall().code();
        return ratings.entrySet().stream().filter(e -> AgencyScope.covers(filter, e.getKey(), organisation.current()))
                .map(e -> {
                    long[] n = e.getValue();
                    Map<String, Share> byCriterion = answers.getOrDefault(e.getKey(), Map.of());
                    return new Row(e.getKey(), organisation.current().agency(e.getKey()).map(Agency::name).orElse(e.getKey()),
                            n[0], n[1], byCriterion, byCriterion.getOrDefault(overall, Share.NONE).plus(new Share(n[2], n[1])));
                }).sorted(Comparator.comparing(Row::agency)).toList();
    }

    /** The criteria, for the table's columns. */
    List<SatisfactionCriteria.Criterion> criteria() {
        return criteria.all();
    }

    private static Timestamp moment(java.time.LocalDate day) {
        return Timestamp.from(day.atStartOfDay(DeadlineCalculator.ZONE).toInstant());
    }
}
