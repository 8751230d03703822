package vn.motcua.supervision;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Hand-built register rows with known outcomes for March 2020 (see the expected figures in
 * {@link KpiDefinitionsTest}): written straight into mc_dossier, mc_handover and
 * mc_due_date_change, under a procedure key of their own so other tests' files never mix in.
 */
final class RegisterFixture {

    static final LocalDate START = LocalDate.of(2020, 3, 1);
    static final LocalDate END = LocalDate.of(2020, 4, 1);

    record Step(String file, String stepKey, String unit, String assignee, LocalDateTime received, LocalDateTime due,
            LocalDateTime finished, String outcome) {
    }

    record Apology(String file, LocalDateTime changedAt, LocalDate oldDue, LocalDate newDue) {
    }

    final List<FileFacts> files = new ArrayList<>();
    final List<Step> steps = new ArrayList<>();
    final List<Apology> apologies = new ArrayList<>();

    static RegisterFixture march2020() {
        RegisterFixture f = new RegisterFixture();
        f.file("F1", "ONLINE", at(3, 2), d(3, 20), "FINISHED", null, at(3, 18), false, 0);        // early
        f.file("F2", "IN_PERSON", at(3, 3), d(3, 20), "FINISHED", null, at(3, 20).withHour(15), false, 0); // on time
        f.file("F3", "POST", at(3, 4), d(3, 20), "FINISHED", null, at(3, 25), false, 0);          // late, no apology
        f.file("F4", "IN_PERSON", at(3, 5), d(3, 30), "FINISHED", null, at(3, 31), true, 2);      // late after apology
        f.file("F5", "ONLINE", at(3, 6), d(4, 15), "IN_PROGRESS", null, null, false, 0);         // not yet due
        f.file("F6", "IN_PERSON", at(3, 9), d(3, 27), "IN_PROGRESS", null, null, false, 1);      // overdue
        f.file("F7", "IN_PERSON", at(3, 10), d(3, 25), "IN_PROGRESS", d(3, 20), null, false, 0); // paused (tax)
        f.file("F8", "IN_PERSON", LocalDateTime.of(2020, 2, 20, 9, 0), d(3, 5), "FINISHED", null, at(3, 4), false, 0);
        f.file("F9", "ONLINE", LocalDateTime.of(2020, 2, 10, 9, 0), d(3, 16), "IN_PROGRESS", null, null, true, 0);
        f.files.add(new FileFacts("F10", "POST", at(3, 11), null, null, "REFUSED", null, null, false, 0)); // refused
        f.file("F11", "IN_PERSON", LocalDateTime.of(2020, 1, 10, 9, 0), d(2, 18), "FINISHED", null,
                LocalDateTime.of(2020, 2, 20, 9, 0), false, 0);                                            // before
        f.file("F12", "ONLINE", LocalDateTime.of(2020, 4, 2, 9, 0), d(4, 30), "IN_PROGRESS", null, null, false, 0); // after
        f.apologies.add(new Apology("F4", at(3, 10), d(3, 12), d(3, 30)));  // timely: two days before
        f.apologies.add(new Apology("F9", at(3, 2), d(3, 2), d(3, 16)));    // late: on the old due day
        f.steps.add(new Step("F1", "appraiseFile", "landoffice", "chuyenvien1", at(3, 2), at(3, 4), at(3, 3), "EARLY"));
        f.steps.add(new Step("F2", "appraiseFile", "landoffice", "chuyenvien1", at(3, 3), at(3, 4).withHour(17),
                at(3, 5), "LATE"));
        f.steps.add(new Step("F3", "appraiseFile", "landoffice", "chuyenvien2", at(3, 4), at(3, 4).withHour(23),
                at(3, 4).withHour(21), "ON_TIME"));
        f.steps.add(new Step("F3", "provideCadastralExtract", "landregistry", "vpdk1", at(3, 5), at(3, 9), at(3, 11),
                "LATE"));
        f.steps.add(new Step("F6", "provideCadastralExtract", "landregistry", null, at(3, 10), at(3, 12), null, null));
        f.steps.add(new Step("F8", "appraiseFile", "landoffice", "chuyenvien1", LocalDateTime.of(2020, 2, 20, 9, 0),
                LocalDateTime.of(2020, 2, 21, 17, 0), LocalDateTime.of(2020, 2, 25, 9, 0), "LATE"));
        return f;
    }

    private void file(String name, String channel, LocalDateTime received, LocalDate due, String status,
            LocalDate pausedSince, LocalDateTime finished, boolean extended, int supplements) {
        files.add(new FileFacts(name, channel, received, received.toLocalDate(), due, status, pausedSince, finished,
                extended, supplements));
    }

    Counts expectedCounts(LocalDate start, LocalDate end, LocalDate asOf) {
        return files.stream().map(f -> f.countsIn(start, end, asOf)).reduce(Counts.ZERO, Counts::plus);
    }

    /** Inserts every row; returns the fixture name (F1…) → file code. */
    Map<String, String> insert(JdbcTemplate jdbc, String procedureKey) {
        Map<String, String> codes = new LinkedHashMap<>();
        String run = UUID.randomUUID().toString().substring(0, 8);
        Map<String, Long> ids = new LinkedHashMap<>();
        for (FileFacts f : files) {
            String code = "KPI-" + run + "-" + f.code();
            Timestamp received = Timestamp.valueOf(f.receivedAt());
            jdbc.update("""
                    insert into mc_dossier (code, procedure_key, procedure_name, channel, applicant_name,
                        applicant_id_number, received_at, accepted_on, due_date, extended, supplement_count,
                        supplement_restarts_clock, status, paused_since, finished_at, created_at, updated_at)
                    values (?, ?, ?, ?, ?, '001203004567', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    code, procedureKey, "Thủ tục kiểm thử chỉ tiêu", f.channel(), "Người nộp " + f.code(), received,
                    f.acceptedOn(), f.dueDate(), f.extended(), f.supplementCount(), f.supplementRestartsClock(),
                    f.status(), f.pausedSince(),
                    f.finishedAt() == null ? null : Timestamp.valueOf(f.finishedAt()), received, received);
            ids.put(f.code(), jdbc.queryForObject("select id from mc_dossier where code = ?", Long.class, code));
            // as DossierRegister's FileRegistered event has KpiLiveRows do: the dashboard counts it live
            jdbc.update("insert into mc_kpi_live_file (dossier_id) values (?)", ids.get(f.code()));
            codes.put(f.code(), code);
        }
        for (Step s : steps) {
            String taskId = UUID.randomUUID().toString();
            jdbc.update("""
                    insert into mc_handover (dossier_id, task_id, step_key, step_name, unit, assignee, received_at,
                        due_at, finished_at, outcome)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    ids.get(s.file()), taskId, s.stepKey(), "Bước " + s.stepKey(), s.unit(),
                    s.assignee(), Timestamp.valueOf(s.received()), Timestamp.valueOf(s.due()),
                    s.finished() == null ? null : Timestamp.valueOf(s.finished()), s.outcome());
            // as Handovers' HandoverOpened event has KpiLiveRows do: the dashboard counts it live
            jdbc.update("insert into mc_kpi_live_handover (handover_id) select id from mc_handover where task_id = ?",
                    taskId);
        }
        for (Apology a : apologies) {
            jdbc.update("""
                    insert into mc_due_date_change (dossier_id, kind, old_due, new_due, reason, actor, changed_at)
                    values (?, 'APOLOGY', ?, ?, 'Cần xác minh thêm', 'lanhdao1', ?)""",
                    ids.get(a.file()), a.oldDue(), a.newDue(), Timestamp.valueOf(a.changedAt()));
        }
        return codes;
    }

    private static LocalDateTime at(int month, int day) {
        return LocalDateTime.of(2020, month, day, 9, 0);
    }

    private static LocalDate d(int month, int day) {
        return LocalDate.of(2020, month, day);
    }
}
