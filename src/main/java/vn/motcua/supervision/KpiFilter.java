package vn.motcua.supervision;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import vn.motcua.dossier.Handovers;
import vn.motcua.organisation.Agency;
import vn.motcua.organisation.AgencyKind;

/**
 * What a supervisor asked for: a range of whole months, optionally one unit (Camunda group id,
 * e.g. {@code landoffice}), one procedure key, one commune (the parcel's, e.g. {@code 26068}) and
 * one agency of the organisation. A null unit, procedure, commune or agency means all.
 *
 * <p>An agency's files are the files routed to it that reached it: a service centre's are the files
 * it received; any other agency's, the files its groups held a step of (its groups are its own,
 * fixed on the file's route when received). Its steps are the steps its staff or leaders held. Every
 * agency but a centre is therefore also a unit (its staff group), which is how the monthly rollup
 * answers for it; a unit and an agency together name one agency or nothing, so the filter takes
 * one of them ({@link #sameAgency}).
 */
public record KpiFilter(YearMonth from, YearMonth to, String unit, String procedureKey, String commune,
        Agency agency) {

    /** More than two years on one page is a report, not a dashboard; it also bounds the per-month queries. */
    static final int MAX_MONTHS = 24;

    public KpiFilter {
        if (from == null || to == null) {
            throw new IllegalArgumentException("from and to are required");
        }
        if (to.isBefore(from)) {
            YearMonth swap = from;
            from = to;
            to = swap;
        }
        if (from.plusMonths(MAX_MONTHS - 1).isBefore(to)) {
            from = to.minusMonths(MAX_MONTHS - 1);
        }
        unit = blankToNull(unit);
        procedureKey = blankToNull(procedureKey);
        commune = blankToNull(commune);
        if (unit != null && agency != null) {
            if (!sameAgency(unit, agency)) {
                throw new IllegalArgumentException("A unit and another agency name no file of the rollup: " + unit
                        + ", " + agency.id());
            }
            unit = null; // the agency says it all, and a centre's files are those it received
        }
    }

    public KpiFilter(YearMonth from, YearMonth to, String unit, String procedureKey) {
        this(from, to, unit, procedureKey, null, null);
    }

    /** Whether the unit (a group, or its leaders' group) is the agency's: then the two may go together. */
    static boolean sameAgency(String unit, Agency agency) {
        return Handovers.unitsOf(unit).equals(Set.of(agency.staffGroup()));
    }

    /** First day of the period. */
    public LocalDate start() {
        return from.atDay(1);
    }

    /** First day after the period (exclusive end). */
    public LocalDate end() {
        return to.plusMonths(1).atDay(1);
    }

    public List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }

    public KpiFilter forMonth(YearMonth month) {
        return new KpiFilter(month, month, unit, procedureKey, commune, agency);
    }

    /** The unit forced (a unit leader's view): the unit replaces any agency asked for. */
    public KpiFilter withUnit(String forcedUnit) {
        return new KpiFilter(from, to, forcedUnit, procedureKey, commune, null);
    }

    public KpiFilter withCommune(String communeCode) {
        return new KpiFilter(from, to, unit, procedureKey, communeCode, agency);
    }

    public KpiFilter withAgency(Agency chosen) {
        return new KpiFilter(from, to, null, procedureKey, commune, chosen);
    }

    /** The unit and agency dropped: the province view groups by them itself. */
    public KpiFilter everywhere() {
        return new KpiFilter(from, to, null, procedureKey, commune, null);
    }

    /** The group whose files are meant (units_passed, the rollup's unit slice); null for all or a centre. */
    String fileUnit() {
        if (unit != null) {
            return unit;
        }
        return agency == null || isCentre(agency) ? null : agency.staffGroup();
    }

    /** The group whose steps are meant on the control sheet; null for all. */
    String stepUnit() {
        return unit != null ? unit : agency == null ? null : agency.staffGroup();
    }

    /** The centre whose received files are meant; null unless the agency asked for is a service centre. */
    String receivedBy() {
        return agency != null && isCentre(agency) ? agency.id() : null;
    }

    static boolean isCentre(Agency agency) {
        return agency.kind() == AgencyKind.SERVICE_CENTRE;
    }

    /**
     * The day the state of open files is read at: today for a period that is still running,
     * else the day after the period, so a past month's figures do not drift as time goes on.
     */
    public LocalDate asOf(LocalDate today) {
        return today.isBefore(end()) ? today : end();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
