package vn.motcua.procedure;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.motcua.system.TimeSource;

/**
 * The analyst's read-only page of the time-limit tables, in the dashboard's session: what is in force
 * with its legal source, the steps by their Vietnamese names, province tables and their dates, and
 * what a reload would change. Editing stays in the YAML files (processes/time-limits/).
 */
@Controller
class TimeLimitPage {

    static final String PATH = "/supervision/time-limits";

    private final ProcedureCatalogue catalogue;
    private final vn.motcua.calendar.WorkingCalendar calendar;
    private final TimeSource clock;

    TimeLimitPage(ProcedureCatalogue catalogue, vn.motcua.calendar.WorkingCalendar calendar, TimeSource clock) {
        this.catalogue = catalogue;
        this.calendar = calendar;
        this.clock = clock;
    }

    @GetMapping(PATH)
    String page(Authentication caller, Model model) {
        model.addAttribute("overview", catalogue.overview(clock.today()));
        model.addAttribute("today", vn.motcua.calendar.DayFormat.of(clock.today()));
        model.addAttribute("userId", caller.getName());
        // Appointment dates on computed holidays matter to whoever edits the limits too.
        model.addAttribute("holidayNotices", vn.motcua.calendar.ScheduleNotices.of(calendar, clock.today()));
        model.addAttribute("unitNames", java.util.Arrays.stream(vn.motcua.organisation.Unit.values()).collect(
                java.util.stream.Collectors.toMap(vn.motcua.organisation.Unit::groupId, vn.motcua.organisation.Unit::displayName)));
        return "supervision/time-limits";
    }
}
