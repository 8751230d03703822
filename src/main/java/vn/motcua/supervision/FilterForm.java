package vn.motcua.supervision;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.util.UriComponentsBuilder;

import vn.motcua.organisation.Agency;
import vn.motcua.organisation.AgencyKind;
import vn.motcua.organisation.Commune;
import vn.motcua.organisation.Organisation;
import vn.motcua.organisation.OrganisationCatalogue;
import vn.motcua.system.Messages;
import vn.motcua.system.TimeSource;

/** The pages' filter: checked and read from the request, and put back on the page with its choices. */
@Component
class FilterForm {

    /** Six months by default: enough for "late two months running" and a trend. */
    static final int DEFAULT_MONTHS = 6;

    private final FilterValues values;
    private final TimeSource clock;
    private final OrganisationCatalogue organisation;
    private final Notices notices;

    FilterForm(FilterValues values, TimeSource clock, OrganisationCatalogue organisation, Notices notices) {
        this.values = values;
        this.clock = clock;
        this.organisation = organisation;
        this.notices = notices;
    }

    /** @throws FilterValues.Unknown for a value the pages do not offer */
    KpiFilter read(FilterParams p) {
        values.check(p.unit(), p.procedure());
        String commune = values.commune(p.commune());
        Agency agency = values.agency(p.agency(), p.unit());
        YearMonth end = month(p.to(), YearMonth.from(clock.today()));
        return new KpiFilter(month(p.from(), end.minusMonths(DEFAULT_MONTHS - 1)), end, p.unit(), p.procedure(),
                commune, agency);
    }

    /** What every page shows around its figures: who looks, the filter and its choices, the notices. */
    void show(Model model, Viewer viewer, KpiFilter filter) {
        Organisation org = organisation.current();
        model.addAttribute("viewer", viewer);
        model.addAttribute("filter", filter);
        model.addAttribute("units", viewer.selectableUnits(org.agencies()));
        model.addAttribute("agencyGroups", viewer.supervisor() || viewer.communeLeader()
                ? AgencyGroup.of(viewer.selectableAgencies(org.agencies()), org) : List.of());
        model.addAttribute("communes", viewer.selectableCommunes(org.communes(), org.agencies()));
        model.addAttribute("unitName", filter.unit() == null ? Messages.text("supervision.filter.allUnits")
                : UnitNames.one(filter.unit()));
        model.addAttribute("placeName", placeName(filter, org));
        model.addAttribute("viewerLabel", viewerLabel(viewer, filter, org));
        model.addAttribute("q", query(filter));
        model.addAttribute("scope", scope(filter));
        model.addAttribute("notices", notices.current());
    }

    /** The commune filtered by, by name; null for all. */
    String communeName(KpiFilter filter) {
        return filter.commune() == null ? null
                : organisation.current().commune(filter.commune()).map(Commune::name).orElse(filter.commune());
    }

    /** "Xã An Phước · Chi nhánh …": the place the figures are of, for the page's summary line. */
    private static String placeName(KpiFilter filter, Organisation org) {
        String commune = filter.commune() == null ? Messages.text("supervision.filter.allCommunes")
                : org.commune(filter.commune()).map(Commune::name).orElse(filter.commune());
        return filter.agency() == null ? commune : commune + ", " + filter.agency().name();
    }

    private static String viewerLabel(Viewer viewer, KpiFilter filter, Organisation org) {
        if (viewer.supervisor()) {
            return Messages.text("supervision.viewer.supervisor");
        }
        if (viewer.communeLeader()) {
            return Messages.text("supervision.viewer.communeLeader", org.agencies().stream()
                    .filter(a -> a.kind() == AgencyKind.COMMUNE_COMMITTEE && a.covers(filter.commune()))
                    .map(Agency::name).findFirst().orElseGet(() -> UnitNames.kind(AgencyKind.COMMUNE_COMMITTEE)));
        }
        return Messages.text("supervision.viewer.unitLeader", UnitNames.one(filter.unit()));
    }

    /** The filter as a query string, so every figure links to its files with the same filter. */
    static String query(KpiFilter filter) {
        UriComponentsBuilder b = UriComponentsBuilder.newInstance().queryParam("from", filter.from())
                .queryParam("to", filter.to());
        return scoped(b, filter);
    }

    /** The filter without its months: for links to one month ("from=…&to=…&" + scope). */
    static String scope(KpiFilter filter) {
        String scope = scoped(UriComponentsBuilder.newInstance(), filter);
        return scope == null ? "" : scope;
    }

    private static String scoped(UriComponentsBuilder b, KpiFilter filter) {
        if (filter.unit() != null) {
            b.queryParam("unit", filter.unit());
        }
        if (filter.procedureKey() != null) {
            b.queryParam("procedure", filter.procedureKey());
        }
        if (filter.commune() != null) {
            b.queryParam("commune", filter.commune());
        }
        if (filter.agency() != null) {
            b.queryParam("agency", filter.agency().id());
        }
        return b.build().encode().getQuery();
    }

    private static YearMonth month(String value, YearMonth fallback) {
        try {
            return value == null || value.isBlank() ? fallback : YearMonth.parse(value.trim());
        } catch (DateTimeParseException e) {
            return fallback;
        }
    }
}
