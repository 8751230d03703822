package vn.motcua.supervision;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.springframework.stereotype.Component;

import vn.motcua.calendar.DeadlineCalculator;
import vn.motcua.feedback.FeedbackFigures;
import vn.motcua.organisation.Agency;
import vn.motcua.organisation.GroupNames;
import vn.motcua.organisation.Organisation;
import vn.motcua.organisation.OrganisationCatalogue;
import vn.motcua.publicpage.SatisfactionCriteria;
import vn.motcua.system.TimeSource;

/**
 * The dashboard's tables of what citizens said: complaints, dialogues, ratings by criterion, and the
 * three shares Decision 766/QĐ-TTg scores "Mức độ hài lòng" from, all over the filter's period and
 * scope, for the page and the exports alike.
 */
@Component
class CitizenFigures {

    /**
     * One agency's Decision 766 shares. No points: the decision's split of its 18 points among the three
     * parts is not in the project's sources.
     *
     * @param complaintsOnTime    complaints answered on time, of those answered or past their last day
     * @param complaintSatisfaction satisfaction with the handling of complaints: not collected yet (null)
     * @param procedureSatisfaction the overall satisfaction with the handling of procedures
     */
    record IndexRow(String agency, Satisfaction.Share complaintsOnTime, Satisfaction.Share complaintSatisfaction,
            Satisfaction.Share procedureSatisfaction) {
    }

    record Tables(List<FeedbackFigures.ComplaintRow> complaints, String complaintTimeLimit,
            FeedbackFigures.DialogueFigures dialogues, List<Satisfaction.Row> satisfaction,
            List<SatisfactionCriteria.Criterion> criteria, List<IndexRow> index) {
    }

    private final FeedbackFigures feedback;
    private final Satisfaction satisfaction;
    private final OrganisationCatalogue organisation;
    private final TimeSource clock;

    CitizenFigures(FeedbackFigures feedback, Satisfaction satisfaction, OrganisationCatalogue organisation,
            TimeSource clock) {
        this.feedback = feedback;
        this.satisfaction = satisfaction;
        this.organisation = organisation;
        this.clock = clock;
    }

    Tables of(KpiFilter filter, Viewer viewer) {
        Organisation org = organisation.current();
        Predicate<String> groups = AgencyScope.groups(filter, viewer, org);
        FeedbackFigures.Period period = new FeedbackFigures.Period(instant(filter.start()), instant(filter.end()),
                filter.asOf(clock.today()));
        List<FeedbackFigures.ComplaintRow> complaints = feedback.complaintsPerUnit(groups, period);
        List<Satisfaction.Row> ratings = satisfaction.byAgency(filter);
        return new Tables(complaints, feedback.complaintTimeLimit(), feedback.dialogues(groups, period), ratings,
                satisfaction.criteria(), index(complaints, ratings));
    }

    /** Per agency: its complaints (by its staff group) and its ratings, whichever it has. */
    private static List<IndexRow> index(List<FeedbackFigures.ComplaintRow> complaints, List<Satisfaction.Row> ratings) {
        Map<String, Satisfaction.Share> onTime = new LinkedHashMap<>();
        for (FeedbackFigures.ComplaintRow c : complaints) {
            String agency = GroupNames.agency(c.group()).map(Agency::name).orElse(c.unit());
            onTime.merge(agency, new Satisfaction.Share(c.answeredOnTime(), c.judged()), Satisfaction.Share::plus);
        }
        Map<String, Satisfaction.Share> procedures = new LinkedHashMap<>();
        ratings.forEach(r -> procedures.put(r.agency(), r.overall()));
        List<String> agencies = new ArrayList<>(onTime.keySet());
        procedures.keySet().stream().filter(a -> !onTime.containsKey(a)).forEach(agencies::add);
        return agencies.stream().sorted(Comparator.naturalOrder())
                .map(a -> new IndexRow(a, onTime.getOrDefault(a, Satisfaction.Share.NONE), null,
                        procedures.getOrDefault(a, Satisfaction.Share.NONE)))
                .toList();
    }

    private static Instant instant(java.time.LocalDate day) {
        return day.atStartOfDay(DeadlineCalculator.ZONE).toInstant();
    }
}
