package vn.motcua.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import vn.motcua.dossier.Handovers;
import vn.motcua.supervision.Rows.HandoverRow;
import vn.motcua.support.IntegrationTest;

/**
 * Rolling settled files into the monthly tables changes no figure of the dashboard: every count
 * is the same before and after, for whole periods, single months, units and procedures, and the
 * holding times stay within the histogram's 1%. On H2 and on PostgreSQL.
 */
@IntegrationTest
class KpiRollupIT {

    @Autowired
    KpiService kpis;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void rollingSettledFilesChangesNoFigure() {
        String procedure = "kpi-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, String> codes = fixture().insert(jdbc, procedure);
        List<KpiFilter> filters = List.of(
                period(3, 3, null, procedure), period(2, 3, null, procedure), period(1, 12, null, procedure),
                period(4, 4, null, procedure), period(3, 3, "landregistry", procedure),
                period(3, 4, "landoffice", procedure), period(3, 3, "landofficeleaders", procedure),
                period(3, 3, "taxoffice", procedure), period(1, 6, null, null));
        List<Dashboard> live = filters.stream().map(kpis::dashboard).toList();

        // Files registered before units_passed existed are filtered by their hand-overs; the same
        // files with the column kept by the control sheet give the same figures.
        fillUnitsPassed(procedure);
        for (int i = 0; i < filters.size(); i++) {
            assertSameFigures(kpis.dashboard(filters.get(i)), live.get(i));
        }

        KpiRollup rollup = new KpiRollup(dataSource, transactions, Instant::now);
        KpiRollup.Rolled rolled = rollup.rollSettledBefore(Instant.now());
        assertThat(rolled.files()).isPositive();
        assertThat(rolled.handovers()).isPositive();
        assertThat(rollup.rollSettledBefore(Instant.now())).as("a second pass finds nothing")
                .isEqualTo(new KpiRollup.Rolled(0, 0));

        for (int i = 0; i < filters.size(); i++) {
            assertSameFigures(kpis.dashboard(filters.get(i)), live.get(i));
        }
        assertThat(rolled(codes, "F1", "F2", "F3", "F4", "F8", "F10", "F11", "F13", "F14")).containsOnly(true);
        assertThat(rolled(codes, "F5", "F6", "F7", "F9", "F12")).as("open files stay live").containsOnly(false);
        assertThat(jdbc.queryForObject("select count(*) from mc_kpi_live_handover l join mc_handover h on h.id = l.handover_id "
                + "join mc_dossier d on d.id = h.dossier_id where d.procedure_key = ?", Long.class, procedure))
                .as("only the step still held stays live").isEqualTo(1);
        assertThat(jdbc.queryForObject("select sum(files) from mc_kpi_file_month where unit = '' and procedure_key = ?",
                Long.class, procedure)).isEqualTo(9);
        // The held step of the open file F6 is still counted live.
        HandoverRow registry = kpis.dashboard(period(3, 3, null, procedure)).units().stream()
                .filter(u -> "landregistry".equals(u.unit())).findFirst().orElseThrow();
        assertThat(registry.open()).isEqualTo(1);
        assertThat(registry.late()).isEqualTo(1);
    }

    private static void assertSameFigures(Dashboard after, Dashboard before) {
        String filter = before.filter().toString();
        assertThat(after.total()).as(filter).isEqualTo(before.total());
        assertThat(after.months()).as(filter).isEqualTo(before.months());
        assertThat(after.procedures()).as(filter).isEqualTo(before.procedures());
        assertThat(after.apologies()).as(filter).isEqualTo(before.apologies());
        assertThat(after.channels()).as(filter).isEqualTo(before.channels());
        assertThat(after.now()).as(filter).isEqualTo(before.now());
        assertThat(OfficerMonth.sorted(after.officers())).as(filter).isEqualTo(OfficerMonth.sorted(before.officers()));
        assertSameHandovers(after.steps(), before.steps(), filter);
        assertSameHandovers(after.units(), before.units(), filter);
    }

    private static void assertSameHandovers(List<HandoverRow> after, List<HandoverRow> before, String filter) {
        assertThat(after).as(filter).hasSameSizeAs(before);
        for (int i = 0; i < before.size(); i++) {
            HandoverRow a = after.get(i);
            HandoverRow b = before.get(i);
            assertThat(a.withTimes(null, null)).as(filter).isEqualTo(b.withTimes(null, null));
            if (b.medianHours() == null) {
                assertThat(a.medianHours()).isNull();
            } else {
                assertThat(a.medianHours()).as(filter).isCloseTo(b.medianHours(), within(0.01 * b.medianHours() + 0.002));
                assertThat(a.p90Hours()).as(filter).isCloseTo(b.p90Hours(), within(0.01 * b.p90Hours() + 0.002));
            }
        }
    }

    private void fillUnitsPassed(String procedure) {
        for (Long id : jdbc.queryForList("select id from mc_dossier where procedure_key = ?", Long.class, procedure)) {
            java.util.Set<String> units = new java.util.LinkedHashSet<>();
            jdbc.queryForList("select unit from mc_handover where dossier_id = ?", String.class, id)
                    .forEach(unit -> units.addAll(Handovers.unitsOf(unit)));
            jdbc.update("update mc_dossier set units_passed = ? where id = ?",
                    units.isEmpty() ? "," : "," + String.join(",", units) + ",", id);
        }
    }

    private List<Boolean> rolled(Map<String, String> codes, String... names) {
        return java.util.Arrays.stream(names).map(n -> jdbc.queryForObject(
                "select count(*) = 0 from mc_kpi_live_file l join mc_dossier d on d.id = l.dossier_id where d.code = ?",
                Boolean.class, codes.get(n))).toList();
    }

    private static KpiFilter period(int fromMonth, int toMonth, String unit, String procedure) {
        return new KpiFilter(YearMonth.of(2020, fromMonth), YearMonth.of(2020, toMonth), unit, procedure);
    }

    /** March 2020, plus files finished after the month (overdue or not yet due at its end) and leaders' steps. */
    private static RegisterFixture fixture() {
        RegisterFixture f = RegisterFixture.march2020();
        LocalDateTime march20 = LocalDateTime.of(2020, 3, 20, 9, 0);
        f.files.add(new FileFacts("F13", "ONLINE", march20, march20.toLocalDate(), LocalDate.of(2020, 3, 27),
                "FINISHED", null, LocalDateTime.of(2020, 4, 8, 10, 0), true, 1));
        f.files.add(new FileFacts("F14", "POST", march20, march20.toLocalDate(), LocalDate.of(2020, 4, 20),
                "FINISHED", null, LocalDateTime.of(2020, 4, 10, 10, 0), false, 3));
        f.steps.add(new RegisterFixture.Step("F13", "approveConversion", "landofficeleaders", "lanhdao1", march20,
                march20.plusDays(2), LocalDateTime.of(2020, 3, 30, 9, 0), "LATE"));
        f.steps.add(new RegisterFixture.Step("F14", "issueTaxNotice", "landregistry,taxoffice", "thue1", march20,
                march20.plusDays(5), LocalDateTime.of(2020, 3, 24, 16, 30), "EARLY"));
        f.apologies.add(new RegisterFixture.Apology("F13", LocalDateTime.of(2020, 3, 25, 9, 0), LocalDate.of(2020, 3, 27),
                LocalDate.of(2020, 4, 10)));
        return f;
    }
}
