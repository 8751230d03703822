package vn.motcua.supervision;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.organisation.Agency;
import vn.motcua.organisation.Commune;
import vn.motcua.organisation.Organisation;
import vn.motcua.organisation.OrganisationCatalogue;
import vn.motcua.system.Messages;
import vn.motcua.system.TimeSource;

/** The province view's figures for a filter, read from the register and the rollups at request time. */
@Service
public class ProvinceService {

    static final String NO_COMMUNE = Messages.text("supervision.province.noCommune");

    private final KpiQueries queries;
    private final PlaceQueries places;
    private final TimeSource clock;
    private final OrganisationCatalogue organisation;

    ProvinceService(DataSource dataSource, TimeSource clock, OrganisationCatalogue organisation) {
        this.queries = new KpiQueries(dataSource);
        this.places = new PlaceQueries(queries);
        this.clock = clock;
        this.organisation = organisation;
    }

    /** {@code asked}'s period, procedure and commune; its unit and agency are what the view groups by. */
    @Transactional(readOnly = true)
    public ProvinceView province(KpiFilter asked) {
        KpiFilter filter = asked.everywhere();
        Moment now = Moment.of(clock.now());
        Organisation org = organisation.current();
        return new ProvinceView(filter, now.today(), filter.asOf(now.today()), queries.counts(filter, now),
                communes(filter, now, org), agencies(filter, now, org), lateStreaks(filter, now, org),
                queries.countsByProcedure(filter, now));
    }

    private List<PlaceRow> communes(KpiFilter filter, Moment now, Organisation org) {
        Map<String, Counts> files = places.countsByCommune(filter, now);
        Map<String, StepFigures> steps = places.stepsByCommune(filter, now);
        Map<String, String> names = new LinkedHashMap<>();
        org.communes().stream().filter(c -> filter.commune() == null || c.code().equals(filter.commune()))
                .forEach(c -> names.put(c.code(), c.name()));
        // Files of a commune no longer listed, or of none, keep a line: the communes add up to the province.
        Stream.concat(files.keySet().stream(), steps.keySet().stream()).forEach(code -> names.putIfAbsent(code,
                code.isEmpty() ? NO_COMMUNE : Messages.text("supervision.province.unlistedCommune", code)));
        List<PlaceRow> rows = new ArrayList<>();
        names.forEach((code, name) -> rows.add(new PlaceRow(code, name, remote(org, code),
                files.getOrDefault(code, Counts.ZERO), steps.getOrDefault(code, StepFigures.none()))));
        rows.sort(PlaceRow.SLOWEST_COMMUNE_FIRST);
        return rows;
    }

    private static String remote(Organisation org, String code) {
        return org.commune(code).filter(Commune::remote).map(c -> Messages.text("supervision.province.remote")).orElse("");
    }

    private List<PlaceRow> agencies(KpiFilter filter, Moment now, Organisation org) {
        Map<String, Counts> files = places.countsByAgency(filter, now);
        Map<String, StepFigures> steps = places.stepsByAgency(filter, now);
        List<PlaceRow> rows = new ArrayList<>();
        for (Agency agency : org.agencies()) {
            // With a commune asked for: the agencies serving it, and any other that has its files (a centre elsewhere).
            if (filter.commune() == null || agency.covers(filter.commune()) || files.containsKey(agency.id())
                    || steps.containsKey(agency.id())) {
                rows.add(new PlaceRow(agency.id(), agency.name(), UnitNames.kind(agency.kind()),
                        files.getOrDefault(agency.id(), Counts.ZERO), steps.getOrDefault(agency.id(), StepFigures.none())));
            }
        }
        rows.sort(PlaceRow.SLOWEST_AGENCY_FIRST);
        return rows;
    }

    private List<LateStreak> lateStreaks(KpiFilter filter, Moment now, Organisation org) {
        List<LateStreak> streaks = new ArrayList<>(LateStreaks.of(LateStreaks.AGENCY, places.agencyMonths(filter, now),
                id -> org.agency(id).map(Agency::name).orElse(id)));
        streaks.addAll(LateStreaks.of(LateStreaks.OFFICER, queries.officerMonths(filter, now), officer -> officer));
        return streaks;
    }
}
