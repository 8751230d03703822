package vn.motcua.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.motcua.calendar.DeadlineCalculator;
import vn.motcua.support.IntegrationTest;

/**
 * The demo province seeded at the first start (every integration test's database has it): files at
 * the three communes' centres over the last months, with a past the dashboard can measure, the same
 * in the control sheet and in the register's history, and no timer of that past left to fire "now".
 * Demo files are those of the demo's applicants: citizen IDs registered in Đồng Nai (075...), which
 * no other test uses.
 */
@IntegrationTest
class DemoFilesIT {

    private static final String DEMO = "d.applicant_id_number like '075%'";

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ManagementService managementService;

    @Test
    void theDemoSpansThreeCommunesTheirCentresAndBothRegistryBranches() {
        Map<String, Long> byCommune = jdbc.queryForList("select d.commune_code, count(*) as files from mc_dossier d where "
                + DEMO + " group by d.commune_code").stream()
                .collect(Collectors.toMap(r -> (String) r.get("commune_code"), r -> ((Number) r.get("files")).longValue()));
        assertThat(byCommune.keySet()).as("files per commune: " + byCommune).contains("26041", "26068", "25219");
        assertThat(byCommune.get("25219")).as("several files in the remote Bù Gia Mập").isGreaterThanOrEqualTo(5);

        // Long Thành's desk received a file for a parcel in An Phước: An Phước's land office processed it,
        // the Long Thành branch updated the records, Long Thành's desk returned it.
        List<String> crossed = codes(DEMO + " and d.code like '000.00.15.H57-%' and d.commune_code = '26068'"
                + " and d.status = 'FINISHED'");
        assertThat(crossed).as("a finished file received at Long Thành's desk for an An Phước parcel").isNotEmpty();
        assertThat(unitsOf(crossed.get(0))).contains("anphuoclandoffice", "anphuoclandofficeleaders", "landregistry", "desk");

        assertThat(codes(DEMO + " and d.code like '000.00.15.H59-%' and d.commune_code = '25219'"))
                .as("files received at Bù Gia Mập's centre").hasSizeGreaterThanOrEqualTo(5);
        assertThat(count("select count(*) from mc_handover h join mc_dossier d on d.id = h.dossier_id where " + DEMO
                + " and h.unit = 'phuoclonglandregistry' and h.outcome is not null"))
                .as("steps done at the Phước Long registry branch").isPositive();
        assertThat(count("select count(*) from mc_handover h join mc_dossier d on d.id = h.dossier_id where " + DEMO
                + " and h.unit = 'anphuocdesk' and h.outcome is not null"))
                .as("results returned at An Phước's centre").isPositive();
        assertThat(count("select count(*) from mc_handover h join mc_dossier d on d.id = h.dossier_id where " + DEMO
                + " and h.unit = 'taxoffice' and h.outcome is not null"))
                .as("the tax office's notices and payment confirmations").isPositive();
    }

    @Test
    void handOversTakeHoursToDaysOverMonthsSomeLateAndEveryStepNamesItsOfficer() {
        List<Map<String, Object>> steps = jdbc.queryForList("select h.step_key, h.unit, h.assignee, h.received_at,"
                + " h.finished_at, h.outcome, h.escalated from mc_handover h join mc_dossier d on d.id = h.dossier_id where "
                + DEMO + " and h.outcome is not null");
        assertThat(steps).as("steps finished").hasSizeGreaterThan(100);
        List<Duration> held = steps.stream().map(s -> Duration.between(instant(s, "received_at"), instant(s, "finished_at")))
                .sorted().toList();
        assertThat(held.get(0)).as("no hand-over takes no time").isGreaterThanOrEqualTo(Duration.ofMinutes(20));
        assertThat(held.get(held.size() / 2)).as("the median hand-over").isBetween(Duration.ofHours(3), Duration.ofDays(10));
        assertThat(held.get(held.size() - 1)).as("the longest").isGreaterThan(Duration.ofDays(5));

        Set<YearMonth> months = steps.stream()
                .map(s -> YearMonth.from(instant(s, "finished_at").atZone(DeadlineCalculator.ZONE))).collect(Collectors.toSet());
        assertThat(months).as("hand-overs spread over months").hasSizeGreaterThanOrEqualTo(3);
        Instant firstReceipt = jdbc.queryForObject("select min(d.received_at) from mc_dossier d where " + DEMO,
                Timestamp.class).toInstant();
        assertThat(firstReceipt).as("the first demo file").isBefore(Instant.now().minus(Duration.ofDays(100)));

        assertThat(steps).filteredOn(s -> "LATE".equals(s.get("outcome"))).as("late steps").hasSizeGreaterThanOrEqualTo(5)
                .anySatisfy(s -> assertThat((Boolean) s.get("escalated")).as("escalated to the unit's leaders").isTrue());
        assertThat(steps).filteredOn(s -> "EARLY".equals(s.get("outcome"))).hasSizeGreaterThan(steps.size() / 2);
        assertThat(steps).as("every finished step names the officer or the agency's officer")
                .allSatisfy(s -> assertThat(s.get("assignee")).as(s.get("step_key") + " at " + s.get("unit")).isNotNull());
        assertThat(steps.stream().map(s -> (String) s.get("assignee")).collect(Collectors.toSet()))
                .contains("tiepnhan1", "tiepnhanap", "tiepnhanbgm", "chuyenvienap", "chuyenvienbgm", "lanhdaoap", "lanhdaobgm",
                        "vpdk1", "vpdkpl", "lanhdaovpdkpl", "thue1", "xa1", "xaap", "xabgm", "chutichbgm");
    }

    @Test
    void filesFinishEarlyOnTimeAndLateSomeWithAnApologyAndSomeAreOverdueNow() {
        List<Map<String, Object>> finished = jdbc.queryForList("select d.code, d.finished_at, d.due_date,"
                + " coalesce(d.counted_due_date, d.due_date) as counted from mc_dossier d where " + DEMO
                + " and d.status = 'FINISHED'");
        assertThat(finished).as("finished early or on time")
                .filteredOn(f -> !day(f, "finished_at").isAfter(localDate(f, "counted"))).hasSizeGreaterThanOrEqualTo(10);
        assertThat(finished).as("finished late").filteredOn(f -> day(f, "finished_at").isAfter(localDate(f, "counted")))
                .hasSizeGreaterThanOrEqualTo(2);

        List<Map<String, Object>> apologies = jdbc.queryForList("select c.changed_at, c.old_due, c.new_due, c.actor from"
                + " mc_due_date_change c join mc_dossier d on d.id = c.dossier_id where " + DEMO + " and c.kind = 'APOLOGY'");
        assertThat(apologies).as("apologies with a new appointment").hasSizeGreaterThanOrEqualTo(2)
                .anySatisfy(a -> assertThat(day(a, "changed_at")).as("one in time").isBefore(localDate(a, "old_due")))
                .anySatisfy(a -> assertThat(day(a, "changed_at")).as("one after the appointment")
                        .isAfterOrEqualTo(localDate(a, "old_due")))
                .allSatisfy(a -> assertThat((String) a.get("actor")).as("signed by a leader").contains("lanhdao"));
        assertThat(count("select count(*) from mc_dossier d where " + DEMO + " and d.status = 'FINISHED' and d.extended"))
                .as("apologised files that were then finished").isPositive();

        assertThat(count("select count(*) from mc_dossier d where " + DEMO + " and d.finished_at is null and d.status in"
                + " ('IN_PROGRESS', 'RESULT_READY') and d.paused_since is null and d.due_date < ?",
                java.sql.Date.valueOf(LocalDate.now(DeadlineCalculator.ZONE))))
                .as("files overdue now").isPositive();
        assertThat(count("select count(*) from mc_dossier d where " + DEMO + " and d.status = 'CLOSED'"))
                .as("a file never completed after the desk's notice, closed after 15 days").isEqualTo(1);
        assertThat(count("select count(*) from mc_dossier d where " + DEMO + " and d.status = 'WITHDRAWN'")).isEqualTo(1);
        assertThat(count("select count(*) from mc_dossier d where " + DEMO + " and d.status = 'REFUSED'")).isEqualTo(1);
        assertThat(count("select count(*) from mc_dossier d where " + DEMO + " and d.supplement_count > 0"))
                .as("an agency's supplement request").isPositive();
    }

    @Test
    void theRegisterHistoryAndTheControlSheetTellTheSamePast() {
        assertThat(count("select count(*) from mc_dossier d where " + DEMO + " and d.status = 'FINISHED'")).isPositive();
        for (Map<String, Object> file : jdbc.queryForList("select d.id, d.code, d.received_at, d.finished_at from mc_dossier d"
                + " where " + DEMO + " and d.status = 'FINISHED'")) {
            long id = ((Number) file.get("id")).longValue();
            Instant finished = instant(file, "finished_at");
            Timestamp statusAt = jdbc.queryForObject("select max(changed_at) from mc_dossier_status where dossier_id = ?"
                    + " and status = 'FINISHED'", Timestamp.class, id);
            Timestamp returned = jdbc.queryForObject("select max(finished_at) from mc_handover where dossier_id = ?"
                    + " and step_key = 'returnResult'", Timestamp.class, id);
            assertThat(statusAt.toInstant()).as(file.get("code") + " finished in its history").isEqualTo(finished);
            assertThat(returned.toInstant()).as(file.get("code") + " returned on its control sheet").isEqualTo(finished);
        }
        assertThat(count("select count(*) from mc_dossier_status s join mc_dossier d on d.id = s.dossier_id where " + DEMO
                + " and s.changed_at < d.received_at")).as("history lines before the file's receipt").isZero();
        assertThat(count("select count(*) from mc_handover h join mc_dossier d on d.id = h.dossier_id where " + DEMO
                + " and (h.received_at < d.received_at or h.finished_at < h.received_at)")).as("steps out of order").isZero();
        Timestamp seeded = jdbc.queryForObject("select applied_at from mc_seed_marker where seed = ?", Timestamp.class,
                DemoFiles.SEED);
        // Complaints about a demo file are written by the complaint tests, at the clock those tests set.
        assertThat(count("select count(*) from mc_dossier_status s join mc_dossier d on d.id = s.dossier_id where " + DEMO
                + " and s.status not like 'COMPLAINT%' and s.changed_at > ?",
                Timestamp.from(seeded.toInstant().plus(Duration.ofMinutes(10)))))
                .as("history written in the future of the seed").isZero();
    }

    @Test
    void noTimerOfThePastIsLeftForTheJobExecutor() {
        Instant seeded = jdbc.queryForObject("select applied_at from mc_seed_marker where seed = ?", Timestamp.class,
                DemoFiles.SEED).toInstant();
        List<String> demo = codes(DEMO);
        assertThat(demo).as("demo files").isNotEmpty();
        List<Job> overdueTimers = demo.stream()
                .flatMap(code -> runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(code).list().stream())
                .flatMap(instance -> managementService.createJobQuery().processInstanceId(instance.getId()).timers()
                        .duedateLowerThan(Date.from(seeded)).list().stream())
                .toList();
        assertThat(overdueTimers).as("timers of the demo's past that the job executor would fire at once").isEmpty();
    }

    private List<String> codes(String where) {
        return jdbc.queryForList("select d.code from mc_dossier d where " + where + " order by d.received_at", String.class);
    }

    private Set<String> unitsOf(String code) {
        return Set.copyOf(jdbc.queryForList("select h.unit from mc_handover h join mc_dossier d on d.id = h.dossier_id"
                + " where d.code = ?", String.class, code));
    }

    private long count(String sql, Object... args) {
        Long count = jdbc.queryForObject(sql, Long.class, args);
        return count == null ? 0 : count;
    }

    private static Instant instant(Map<String, Object> row, String column) {
        // PostgreSQL's driver gives a Timestamp, H2 an OffsetDateTime for a timestamp with time zone (V30).
        Object value = row.get(column);
        return value instanceof OffsetDateTime withOffset ? withOffset.toInstant() : ((Timestamp) value).toInstant();
    }

    private static LocalDate day(Map<String, Object> row, String column) {
        return instant(row, column).atZone(DeadlineCalculator.ZONE).toLocalDate();
    }

    private static LocalDate localDate(Map<String, Object> row, String column) {
        Object value = row.get(column);
        return value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value;
    }
}
