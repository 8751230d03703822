package vn.motcua.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.YearMonth;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.motcua.supervision.Rows.HandoverRow;
import vn.motcua.calendar.DeadlineCalculator;
import vn.motcua.support.IntegrationTest;

/** The SQL of the KPIs gives the numbers the definitions give, on H2 and on PostgreSQL. */
@IntegrationTest
class KpiServiceIT {

    @Autowired
    KpiService kpis;
    @Autowired
    JdbcTemplate jdbc;

    RegisterFixture fixture = RegisterFixture.march2020();
    String procedure;
    Map<String, String> codes;

    @BeforeEach
    void insertFixture() {
        procedure = "kpi-" + UUID.randomUUID().toString().substring(0, 8);
        codes = fixture.insert(jdbc, procedure);
    }

    private KpiFilter march(String unit) {
        return new KpiFilter(YearMonth.of(2020, 3), YearMonth.of(2020, 3), unit, procedure);
    }

    @Test
    void periodCountsMatchTheDefinitions() {
        Dashboard d = kpis.dashboard(march(null));

        assertThat(d.total()).isEqualTo(fixture.expectedCounts(RegisterFixture.START, RegisterFixture.END,
                RegisterFixture.END));
        assertThat(d.total().toProcess()).isEqualTo(9);
        assertThat(d.total().lateRate()).isCloseTo(100.0 * 4 / 9, within(1e-9));
        assertThat(d.apologies().timely()).isEqualTo(1);
        assertThat(d.apologies().late()).isEqualTo(1);
        assertThat(d.apologies().missing()).isEqualTo(2);
        assertThat(d.submitted()).isEqualTo(8);
        assertThat(d.share("ONLINE")).isEqualTo(25.0);
        assertThat(d.share("POST")).isEqualTo(25.0);
        assertThat(d.months()).singleElement().satisfies(m -> assertThat(m.counts()).isEqualTo(d.total()));
        assertThat(d.procedures()).singleElement().satisfies(p -> assertThat(p.key()).isEqualTo(procedure));
    }

    @Test
    void controlSheetGivesHoldingTimesPerStepAndUnitAndTheLatePartner() {
        Dashboard d = kpis.dashboard(march(null));

        HandoverRow appraisal = d.steps().stream().filter(s -> s.stepKey().equals("appraiseFile")).findFirst().orElseThrow();
        assertThat(appraisal.handled()).isEqualTo(3);
        assertThat(appraisal.late()).isEqualTo(1);
        // 12, 24 and 48 hours; read from a histogram within 1% (HoldingTimes)
        assertThat(appraisal.medianHours()).isCloseTo(24.0, within(0.24));
        assertThat(appraisal.p90Hours()).isCloseTo(43.2, within(0.44));
        assertThat(d.partners()).singleElement().satisfies(p -> {
            assertThat(p.unit()).isEqualTo("landregistry");
            assertThat(p.late()).isEqualTo(1);
            assertThat(p.openLate()).isEqualTo(1);
            assertThat(p.medianHours()).isCloseTo(144.0, within(1.44));
        });
        assertThat(d.delayCauses()).first().satisfies(s -> assertThat(s.stepKey()).isEqualTo("provideCadastralExtract"));
    }

    @Test
    void aUnitSeesTheFilesThatPassedThroughIt() {
        Counts registry = kpis.dashboard(march("landregistry")).total();

        assertThat(registry.toProcess()).isEqualTo(2);  // F3, F6
        assertThat(registry.late()).isEqualTo(1);
        assertThat(registry.overdue()).isEqualTo(1);
        assertThat(kpis.files(march("landregistry"), Indicator.TO_PROCESS, null, null, null).rows())
                .extracting(Rows.FileRow::code).containsExactlyInAnyOrder(codes.get("F3"), codes.get("F6"));
    }

    @Test
    void officersLateTwoMonthsRunningAcrossTheRange() {
        KpiFilter febToMarch = new KpiFilter(YearMonth.of(2020, 2), YearMonth.of(2020, 3), null, procedure);

        assertThat(kpis.dashboard(febToMarch).lateTwoMonthsRunning()).containsExactly("chuyenvien1");
    }

    @Test
    void fileListsBehindTheFigures() {
        assertThat(kpis.files(march(null), Indicator.FINISHED_LATE, null, null, null).rows())
                .extracting(Rows.FileRow::code).containsExactlyInAnyOrder(codes.get("F3"), codes.get("F4"));
        assertThat(kpis.files(march(null), Indicator.APOLOGY_MISSING, null, null, null).total()).isEqualTo(2);
        assertThat(kpis.files(march(null), Indicator.APOLOGY_LATE, null, null, null).rows())
                .extracting(Rows.FileRow::code).containsExactly(codes.get("F9"));
        assertThat(kpis.files(march(null), Indicator.SUPPLEMENTED_TWICE, null, null, null).rows())
                .extracting(Rows.FileRow::code).containsExactly(codes.get("F4"));
        assertThat(kpis.files(march(null), Indicator.POSTAL_SHARE, null, null, null).total()).isEqualTo(2);
        assertThat(kpis.files(march(null), Indicator.LATE_HANDOVERS, "appraiseFile", "landoffice", "chuyenvien1")
                .rows()).extracting(Rows.FileRow::code).containsExactly(codes.get("F2"));
        assertThat(kpis.files(march(null), Indicator.PAUSED, null, null, null).rows())
                .extracting(Rows.FileRow::code).containsExactly(codes.get("F7"));
    }

    @Test
    void monthsAreVietnameseMonthsWhateverTheServersZone() {
        // Written as the server's wall clock (UTC here), as JDBC writes a java.sql.Timestamp; stored as an
        // instant (V30): 20:00 on 28/02 UTC is 03:00 on 01/03 in Vietnam.
        ZoneOffset server = ZoneId.systemDefault().getRules().getOffset(Instant.now());
        LocalDateTime earlyOnMarchFirst = LocalDateTime.of(2021, 3, 1, 3, 0)
                .atZone(DeadlineCalculator.ZONE).withZoneSameInstant(server).toLocalDateTime();
        RegisterFixture one = new RegisterFixture();
        one.files.add(new FileFacts("B1", "ONLINE", earlyOnMarchFirst, LocalDate.of(2021, 3, 1), LocalDate.of(2021, 3, 29),
                "IN_PROGRESS", null, null, false, 0));
        String boundary = "kpi-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, String> inserted = one.insert(jdbc, boundary);

        Dashboard march = kpis.dashboard(new KpiFilter(YearMonth.of(2021, 3), YearMonth.of(2021, 3), null, boundary));
        Dashboard february = kpis.dashboard(new KpiFilter(YearMonth.of(2021, 2), YearMonth.of(2021, 2), null, boundary));
        assertThat(march.total().received()).isEqualTo(1);
        assertThat(february.total().received()).isZero();
        KpiQueries.FileList listed = kpis.files(new KpiFilter(YearMonth.of(2021, 3), YearMonth.of(2021, 3), null, boundary),
                Indicator.RECEIVED, null, null, null);
        assertThat(listed.rows()).singleElement().satisfies(f -> assertThat(f.receivedAt())
                .isEqualTo(LocalDateTime.of(2021, 3, 1, 3, 0)));
        assertThat(inserted).containsKey("B1");
    }

    @Test
    void aMomentCountsOnItsVietnameseDayWhateverTheServersZone() {
        // 23:30 in Vietnam is 16:30 UTC, the same day; 06:30 in Vietnam is 23:30 UTC the day before
        // (E2 was received on 1 April in Vietnam, 31 March in UTC).
        LocalDate due = LocalDate.of(2021, 4, 6);
        RegisterFixture two = new RegisterFixture();
        two.files.add(new FileFacts("E1", "IN_PERSON", serverClock(LocalDateTime.of(2021, 4, 1, 23, 30)),
                LocalDate.of(2021, 4, 1), due, "FINISHED", null, serverClock(LocalDateTime.of(2021, 4, 6, 23, 30)), false, 0));
        two.files.add(new FileFacts("E2", "IN_PERSON", serverClock(LocalDateTime.of(2021, 4, 1, 6, 30)),
                LocalDate.of(2021, 4, 1), due, "FINISHED", null, serverClock(LocalDateTime.of(2021, 4, 7, 6, 30)), false, 0));
        String boundary = "kpi-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, String> inserted = two.insert(jdbc, boundary);
        KpiFilter april = new KpiFilter(YearMonth.of(2021, 4), YearMonth.of(2021, 4), null, boundary);

        assertThat(kpis.files(april, Indicator.FINISHED_ON_TIME, null, null, null).rows())
                .as("finished at 23:30 on the due day").extracting(Rows.FileRow::code).containsExactly(inserted.get("E1"));
        assertThat(kpis.files(april, Indicator.FINISHED_LATE, null, null, null).rows())
                .as("finished at 06:30 the day after").extracting(Rows.FileRow::code).containsExactly(inserted.get("E2"));
        assertThat(jdbc.queryForList("select " + VietnamDays.dayOf("d.finished_at") + " as finished_on, "
                + VietnamDays.monthOf("d.received_at") + " as received_month from mc_dossier d where d.procedure_key = ?"
                + " order by d.code", boundary))
                .extracting(row -> row.get("finished_on").toString(), row -> ((Number) row.get("received_month")).intValue())
                .containsExactly(tuple("2021-04-06", 4), tuple("2021-04-07", 4));
    }

    /** A wall-clock time in Vietnam as the server's clock showed it (the fixture writes the server's wall clock). */
    private static LocalDateTime serverClock(LocalDateTime vietnam) {
        return vietnam.atZone(DeadlineCalculator.ZONE).withZoneSameInstant(ZoneId.systemDefault()).toLocalDateTime();
    }
}
