package vn.motcua.supervision;

import java.time.LocalDate;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.dossier.FileClockProperties;
import vn.motcua.supervision.Rows.MonthRow;
import vn.motcua.system.TimeSource;

/** The dashboard's figures for a filter, read from the register at request time. */
@Service
public class KpiService {

    static final int FILE_LIST_LIMIT = 500;

    private final KpiQueries queries;
    private final TimeSource clock;
    private final WorkingCalendar calendar;
    private final int nearDueWorkingDays;

    KpiService(DataSource dataSource, TimeSource clock, WorkingCalendar calendar, FileClockProperties fileClock) {
        this.queries = new KpiQueries(dataSource);
        this.clock = clock;
        this.calendar = calendar;
        this.nearDueWorkingDays = fileClock.nearDueWorkingDays();
    }

    @Transactional(readOnly = true)
    public Dashboard dashboard(KpiFilter filter) {
        Moment now = Moment.of(clock.now());
        return build(queries, filter, now, nearDueUntil(now.today()));
    }

    /** All the dashboard's queries for one filter; also timed by the benchmark. */
    static Dashboard build(KpiQueries queries, KpiFilter filter, Moment now, LocalDate nearDueUntil) {
        Counts total = queries.counts(filter, now);
        List<MonthRow> months = filter.months().stream()
                .map(m -> new MonthRow(m, queries.counts(filter.forMonth(m), now))).toList();
        List<OfficerMonth> officers = OfficerMonth.sorted(queries.officerMonths(filter, now));
        return new Dashboard(filter, now.today(), filter.asOf(now.today()), queries.now(filter, now, nearDueUntil),
                total, queries.apologies(filter, now, total), queries.channels(filter, now), months,
                queries.countsByProcedure(filter, now), queries.units(filter, now), queries.steps(filter, now),
                officers, OfficerMonth.lateTwoMonthsRunning(officers));
    }

    @Transactional(readOnly = true)
    public KpiQueries.FileList files(KpiFilter filter, Indicator indicator, String step, String group, String officer) {
        Moment now = Moment.of(clock.now());
        return queries.files(filter, now, nearDueUntil(now.today()), indicator, step, group, officer,
                FILE_LIST_LIMIT);
    }

    /** The last day of the near-due window: the configured number of working days from today. */
    LocalDate nearDueUntil(LocalDate today) {
        return calendar.addWorkingDays(today, nearDueWorkingDays);
    }
}
