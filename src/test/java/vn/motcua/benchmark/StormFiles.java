package vn.motcua.benchmark;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.motcua.calendar.DeadlineCalculator;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.DueDateChange;
import vn.motcua.demo.OfficerAnswers;
import vn.motcua.engine.dossier.CamundaDossierWorkflow;
import vn.motcua.organisation.Agency;
import vn.motcua.organisation.Organisation;
import vn.motcua.organisation.OrganisationCatalogue;
import vn.motcua.organisation.Route;
import vn.motcua.organisation.Unit;
import vn.motcua.procedure.DayCount;
import vn.motcua.procedure.ProcedureCatalogue;
import vn.motcua.procedure.ProcedureProperties;
import vn.motcua.procedure.ProcedureRule;
import vn.motcua.system.TimeSource;

/**
 * The files of the timer storm: accepted files received 120 to 179 days ago (paper files may be
 * entered up to a year late), so every deadline of their file clock is already past.
 * <p>
 * They are written straight into the register in JDBC batches: the row as
 * {@code DossierService.accept} leaves it (status {@code IN_PROGRESS}, time limit and due date as
 * {@code startClock} computes them) and the {@code INITIAL} due-date change. Then each file's
 * procedure instance is started where an accepted file enters it, before "Giải quyết hồ sơ"
 * ({@code processFile}), with the variables the reception leaves: the file clock's three timer
 * boundary events ({@link CamundaDossierWorkflow#FILE_DEADLINES}) and the first step (with its own step
 * timers, not due) are created as for a received file. Each file has its route (the agencies of its
 * commune, received by that commune's centre), as the reception fixes it: without one, every node
 * starting after the storm was made would route them all first ({@code LegacyFileRouting}). Nothing
 * else of the reception is done (no code-sequence row, receipt letter, status history, portal outbox,
 * citizen ID check; so the background check, with no mc_citizen_check row to make, calls no simulator
 * during the drain): the storm measures the escalation, and reception is measured by the files phase. Preparing a file
 * through {@code DossierService} ran at 8–37 files/s, serialized on the register's letter-number
 * row, which made 100,000 files take hours.
 */
final class StormFiles {

    static final String PREFIX = "bench-storm-";
    static final String CODE_PREFIX = "BENCH-STORM-";
    private static final String ACTOR = "tiepnhan1";
    /** The commune of every storm file's parcel. */
    private static final String COMMUNE = "26041";

    /** Where an accepted file enters its procedure: the subprocess carrying the file deadlines. */
    static final String PROCESSING = "processFile";

    private final JdbcTemplate jdbc;
    private final RuntimeService runtimeService;
    private final ProcedureCatalogue catalogue;
    private final String province;
    private final DeadlineCalculator calculator;
    private final TimeSource clock;
    private final List<String> procedures = OfficerAnswers.procedures().stream().sorted().toList();
    private final Instant base;
    /** Each procedure's route for a parcel of {@link #COMMUNE}, as {@code FileRouting.routeFor} gives it. */
    private final Map<String, Route> routes = new HashMap<>();

    StormFiles(ApplicationContext app) {
        this.jdbc = app.getBean(JdbcTemplate.class);
        this.runtimeService = app.getBean(RuntimeService.class);
        this.catalogue = app.getBean(ProcedureCatalogue.class);
        this.province = app.getBean(ProcedureProperties.class).province();
        this.calculator = app.getBean(DeadlineCalculator.class);
        this.clock = app.getBean(TimeSource.class);
        this.base = clock.now().minus(120, ChronoUnit.DAYS);
        Organisation organisation = app.getBean(OrganisationCatalogue.class).current();
        procedures.forEach(procedure -> routes.put(procedure,
                organisation.route(procedure, COMMUNE, organisation.centreOf(COMMUNE))));
    }

    private record File(int i, String code, String procedure, Instant receivedAt, LocalDate acceptedOn, ProcedureRule rule,
            int days, LocalDate due) {
    }

    /** Files {@code from..to-1}, in the caller's transaction (the timers read the rows when they are created). */
    void create(int from, int to) {
        List<File> files = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) {
            files.add(file(i));
        }
        Timestamp now = Timestamp.from(clock.now());
        jdbc.batchUpdate("""
                insert into mc_dossier (code, client_request_id, procedure_key, procedure_name, channel,
                    applicant_name, applicant_id_number, applicant_phone, applicant_address, parcel_sheet, parcel_number,
                    parcel_address, commune_code, remote_commune, request_summary, received_at, accepted_on,
                    time_limit_days, time_limit_kind, time_limit_source, due_date, status, created_at, updated_at,
                    receiving_agency)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                files.stream().map(f -> {
                    int i = f.i();
                    return new Object[] {f.code(), PREFIX + i, f.procedure(), f.rule().name(),
                            (i % 3 == 0 ? Channel.ONLINE : Channel.IN_PERSON).name(), "Người nộp thử tải " + i,
                            "001203" + String.format("%06d", i % 1_000_000), "0912345678", "Thôn Đông, xã Long Thành",
                            String.valueOf(1 + i % 40), String.valueOf(100 + i % 900), "Thôn Đông, xã Long Thành",
                            COMMUNE, false, "Hồ sơ thử tải", Timestamp.from(f.receivedAt()), Date.valueOf(f.acceptedOn()),
                            f.days(), f.rule().dayCount().name(), f.rule().citation(), Date.valueOf(f.due()),
                            DossierStatus.IN_PROGRESS.name(), now, now, routes.get(f.procedure()).agency(Unit.DESK).id()};
                }).toList());
        jdbc.batchUpdate("""
                insert into mc_dossier_route (dossier_id, unit, agency_id, staff_group, leaders_group)
                select id, ?, ?, ?, ? from mc_dossier where code = ?""", files.stream().flatMap(f -> routes.get(f.procedure())
                        .agencies().entrySet().stream().map(leg -> new Object[] {leg.getKey().groupId(),
                                leg.getValue().id(), leg.getValue().staffGroup(), leg.getValue().leadersGroup(), f.code()}))
                        .toList());
        // counted live on the dashboard, as KpiLiveRows has a registered file
        jdbc.batchUpdate("insert into mc_kpi_live_file (dossier_id) select id from mc_dossier where code = ?",
                files.stream().map(f -> new Object[] {f.code()}).toList());
        jdbc.batchUpdate("""
                insert into mc_due_date_change (dossier_id, kind, new_due, reason, actor, changed_at)
                select id, ?, due_date, ?, ?, ? from mc_dossier where code = ?""",
                files.stream().map(f -> new Object[] {DueDateChange.Kind.INITIAL.name(),
                        "Hẹn trả theo thời hạn giải quyết của thủ tục (" + f.days() + " "
                                + (f.rule().dayCount() == DayCount.WORKING_DAYS ? "ngày làm việc" : "ngày") + ")",
                        ACTOR, now, f.code()}).toList());
        for (File f : files) {
            runtimeService.createProcessInstanceByKey(f.procedure()).businessKey(f.code())
                    .setVariables(Map.of("dossierCode", f.code(), "applicantName", "Người nộp thử tải " + f.i(),
                            "dossierDueDate", f.due().toString(), "accepted", true,
                            "processingLeaders", processingLeaders(f)))
                    .startBeforeActivity(PROCESSING).execute();
        }
    }

    /** The leaders of the agency that answers for the file, as {@code DossierService.processingLeaders} says. */
    private String processingLeaders(File f) {
        Agency processing = routes.get(f.procedure()).agencies().get(Unit.valueOfGroup(f.rule().processingUnit()));
        return processing != null ? processing.leadersGroup() : Unit.leadersOf(f.rule().processingUnit());
    }

    /** Files of the storm with their overdue entry on the register. */
    long escalated() {
        return count("OVERDUE");
    }

    /** Files of the storm with an entry of this kind (OVERDUE, NEAR_DUE...) in their history. */
    long count(String event) {
        return jdbc.queryForObject("""
                select count(distinct d.id) from mc_dossier d join mc_dossier_status s on s.dossier_id = d.id
                where s.status = ? and d.client_request_id like ?""", Long.class, event, PREFIX + "%");
    }

    /** The due date as {@code DossierService.startClock} computes it, for a file received at that moment. */
    private File file(int i) {
        String procedure = procedures.get(i % procedures.size());
        Instant receivedAt = base.minus(i % 60, ChronoUnit.DAYS);
        LocalDate acceptedOn = calculator.acceptanceDay(receivedAt);
        ProcedureRule rule = catalogue.rule(procedure, province, acceptedOn);
        int days = rule.daysFor(false);
        LocalDate due = rule.dayCount() == DayCount.WORKING_DAYS
                ? calculator.calendar().addWorkingDays(acceptedOn, days)
                : calculator.calendar().addCalendarDaysEndingOnWorkingDay(acceptedOn, days);
        return new File(i, code(i), procedure, receivedAt, acceptedOn, rule, days, due);
    }

    /** Unique and outside the agency's code sequence, so it can never collide with a received file. */
    static String code(int i) {
        return CODE_PREFIX + "%06d".formatted(i);
    }
}
