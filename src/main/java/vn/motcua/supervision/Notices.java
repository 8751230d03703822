package vn.motcua.supervision;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.motcua.calendar.ScheduleNotices;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.procedure.ProcedureCatalogue;
import vn.motcua.procedure.ProcedureProperties;
import vn.motcua.system.TimeSource;

/**
 * What supervisors must know about the rules behind every figure, as a banner on each page: time
 * limits that may no longer be the law, holidays that are computed rather than official.
 */
@Component
class Notices {

    private final ProcedureCatalogue catalogue;
    private final ProcedureProperties procedures;
    private final WorkingCalendar calendar;
    private final TimeSource clock;

    Notices(ProcedureCatalogue catalogue, ProcedureProperties procedures, WorkingCalendar calendar, TimeSource clock) {
        this.catalogue = catalogue;
        this.procedures = procedures;
        this.calendar = calendar;
        this.clock = clock;
    }

    List<String> current() {
        List<String> notices = new ArrayList<>(catalogue.warnings(procedures.province(), clock.today()));
        notices.addAll(ScheduleNotices.of(calendar, clock.today()));
        return notices;
    }
}
