package vn.motcua.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The KPI definitions (the Gia Lai statistics method, see {@link Indicator}) on hand-built files with known outcomes. */
class KpiDefinitionsTest {

    private final RegisterFixture fixture = RegisterFixture.march2020();

    @Test
    void everyFileToProcessFallsInExactlyOneBucket() {
        Counts c = fixture.expectedCounts(RegisterFixture.START, RegisterFixture.END, RegisterFixture.END);

        assertThat(c.received()).isEqualTo(7);       // F1–F7; F10 refused, F12 after the period
        assertThat(c.carriedOver()).isEqualTo(2);    // F8, F9; F11 finished before the period
        assertThat(c.toProcess()).isEqualTo(9);
        assertThat(c.early()).isEqualTo(2);          // F1, F8
        assertThat(c.onTime()).isEqualTo(1);         // F2, returned on the due day
        assertThat(c.late()).isEqualTo(2);           // F3, F4
        assertThat(c.notDue()).isEqualTo(1);         // F5
        assertThat(c.overdue()).isEqualTo(2);        // F6, F9
        assertThat(c.paused()).isEqualTo(1);         // F7
        assertThat(c.finished() + c.inProgress()).isEqualTo(c.toProcess());
        assertThat(c.lateNotExtended()).isEqualTo(2); // F3, F6: late without an apology
        assertThat(c.supplements()).isEqualTo(3);
        assertThat(c.supplementedMoreThanOnce()).isEqualTo(1);
    }

    @Test
    void giaLaiLateRateCountsLateInProgressAndLateCompletedOverFilesToProcess() {
        Counts c = fixture.expectedCounts(RegisterFixture.START, RegisterFixture.END, RegisterFixture.END);

        assertThat(c.lateRate()).isCloseTo(100.0 * 4 / 9, within(1e-9));
        assertThat(c.onTimeRate()).isCloseTo(100.0 - 100.0 * 4 / 9, within(1e-9));
        assertThat(c.finishedOnTimeRate()).isCloseTo(60.0, within(1e-9)); // (2 + 1) ÷ 5 finished
        assertThat(c.progressScore()).isCloseTo(20.0 * 3 / 7, within(1e-9)); // QĐ 766: (2 + 1) ÷ 7 received × 20
        assertThat(c.supplementsPerFile()).isCloseTo(3.0 / 9, within(1e-9));
        assertThat(Counts.ZERO.lateRate()).isNull();
        assertThat(Counts.ZERO.onTimeRate()).isNull();
    }

    @Test
    void aFileStillOpenIsOverdueOnlyOnceItsDueDayHasPassed() {
        FileFacts dueToday = new FileFacts("X", "ONLINE", LocalDate.of(2020, 3, 2).atTime(9, 0),
                LocalDate.of(2020, 3, 2), LocalDate.of(2020, 3, 16), "IN_PROGRESS", null, null, false, 0);
        LocalDate start = RegisterFixture.START;
        LocalDate end = RegisterFixture.END;

        assertThat(dueToday.countsIn(start, end, LocalDate.of(2020, 3, 16)).notDue()).isEqualTo(1);
        assertThat(dueToday.countsIn(start, end, LocalDate.of(2020, 3, 17)).overdue()).isEqualTo(1);
    }

    @Test
    void waitingForALateSupplementKeepsTheClockRunningAndTheFileOverdue() {
        // Decree 118/2025 Art 19(5): only a request within 3 working days stops the clock (and restarts it).
        LocalDate received = LocalDate.of(2020, 3, 2);
        FileFacts late = new FileFacts("L", "IN_PERSON", received.atTime(9, 0), received, LocalDate.of(2020, 3, 16),
                "WAITING_AGENCY_SUPPLEMENT", null, null, false, 1, false);
        FileFacts inTime = new FileFacts("T", "IN_PERSON", received.atTime(9, 0), received, LocalDate.of(2020, 3, 16),
                "WAITING_AGENCY_SUPPLEMENT", null, null, false, 1, true);
        LocalDate asOf = LocalDate.of(2020, 3, 20);

        assertThat(late.countsIn(RegisterFixture.START, RegisterFixture.END, asOf).overdue()).isEqualTo(1);
        assertThat(late.countsIn(RegisterFixture.START, RegisterFixture.END, asOf).paused()).isZero();
        assertThat(inTime.countsIn(RegisterFixture.START, RegisterFixture.END, asOf).paused()).isEqualTo(1);
        assertThat(inTime.countsIn(RegisterFixture.START, RegisterFixture.END, asOf).overdue()).isZero();
    }

    @Test
    void anApologyIsTimelyOnlyAtLeastOneDayBeforeTheOldDueDate() {
        LocalDate due = LocalDate.of(2026, 3, 12);
        assertThat(KpiRules.apologyTimely(due.minusDays(2), due)).isTrue();
        assertThat(KpiRules.apologyTimely(due.minusDays(1), due)).isTrue();
        assertThat(KpiRules.apologyTimely(due, due)).isFalse();
        assertThat(KpiRules.apologyTimely(due.plusDays(3), due)).isFalse();
    }

    @Test
    void percentilesInterpolateLikePercentileCont() {
        List<Double> hours = List.of(12.0, 24.0, 48.0);
        assertThat(ExactPercentile.of(hours, 0.5)).isEqualTo(24.0);
        assertThat(ExactPercentile.of(hours, 0.9)).isCloseTo(43.2, within(1e-9));
        assertThat(ExactPercentile.of(List.of(5.0), 0.9)).isEqualTo(5.0);
        assertThat(ExactPercentile.of(List.of(), 0.5)).isNull();
        assertThat(ExactPercentile.of(List.of(1.0, 2.0, 3.0, 4.0), 0.5)).isEqualTo(2.5);
    }

    @Test
    void officersLateInTwoConsecutiveMonthsAreFlagged() {
        List<OfficerMonth> rows = List.of(
                new OfficerMonth("chuyenvien1", YearMonth.of(2020, 2), 3, 1),
                new OfficerMonth("chuyenvien1", YearMonth.of(2020, 3), 4, 2),
                new OfficerMonth("chuyenvien2", YearMonth.of(2020, 1), 2, 1),
                new OfficerMonth("chuyenvien2", YearMonth.of(2020, 3), 2, 1),
                new OfficerMonth("vpdk1", YearMonth.of(2020, 2), 5, 0),
                new OfficerMonth("vpdk1", YearMonth.of(2020, 3), 5, 1));

        assertThat(OfficerMonth.lateTwoMonthsRunning(rows)).containsExactly("chuyenvien1");
    }

    @Test
    void aPastPeriodIsReadAtItsEndAndTheCurrentOneToday() {
        KpiFilter march = new KpiFilter(YearMonth.of(2020, 3), YearMonth.of(2020, 3), " ", null);
        assertThat(march.asOf(LocalDate.of(2026, 1, 5))).isEqualTo(LocalDate.of(2020, 4, 1));
        assertThat(march.asOf(LocalDate.of(2020, 3, 10))).isEqualTo(LocalDate.of(2020, 3, 10));
        assertThat(march.unit()).isNull();
        KpiFilter reversed = new KpiFilter(YearMonth.of(2020, 5), YearMonth.of(2020, 3), null, null);
        assertThat(reversed.months()).containsExactly(YearMonth.of(2020, 3), YearMonth.of(2020, 4), YearMonth.of(2020, 5));
        KpiFilter tooLong = new KpiFilter(YearMonth.of(2010, 1), YearMonth.of(2020, 12), null, null);
        assertThat(tooLong.months()).hasSize(KpiFilter.MAX_MONTHS);
    }

    @Test
    void csvStartsWithAByteOrderMarkAndQuotesCommas() {
        ExportTable table = new ExportTable("Tổng hợp", ExportTable.FIGURE_HEADER,
                List.of(List.of("Tỷ lệ đúng hạn (%)", 55.6, "100% − tỷ lệ trễ hạn, theo \"Gia Lai\"", "Nguồn, ghi chú")));
        byte[] csv = Exports.csv(table);

        assertThat(csv[0]).isEqualTo((byte) 0xEF);
        assertThat(csv[1]).isEqualTo((byte) 0xBB);
        assertThat(csv[2]).isEqualTo((byte) 0xBF);
        String text = new String(csv, StandardCharsets.UTF_8).substring(1);
        assertThat(text).startsWith("Chỉ tiêu,Giá trị,Định nghĩa,Nguồn\r\n");
        assertThat(text).contains("\"100% − tỷ lệ trễ hạn, theo \"\"Gia Lai\"\"\",\"Nguồn, ghi chú\"");
    }

    @Test
    void unitGroupsReadAsUnitNamesAndPartnersAreKnown() {
        assertThat(UnitNames.of("landofficeleaders")).isEqualTo("Phòng Kinh tế xã Long Thành (lãnh đạo)");
        assertThat(UnitNames.isPartner("taxoffice")).isTrue();
        assertThat(UnitNames.isPartner("communeleaders")).isTrue();
        assertThat(UnitNames.isPartner("landoffice")).isFalse();
    }
}
