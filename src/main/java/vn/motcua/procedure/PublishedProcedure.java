package vn.motcua.procedure;

import java.util.List;

import vn.motcua.system.Messages;

/**
 * A procedure as the public pages show it: the rule the engine applies to a file accepted today, in
 * the province's tables, with the names of its steps from the diagrams. Nothing here is a second
 * copy: {@link ProcedureCatalogue#published} reads the same tables the files are counted by.
 *
 * @param remoteCommuneExtraDays added for a remote commune's parcel (0: none)
 * @param processingUnit         the role whose agency answers for the file ("landoffice")
 * @param warning                why the rule may no longer be the law, or null
 */
public record PublishedProcedure(String key, String name, int days, DayCount dayCount, int remoteCommuneExtraDays,
        String source, String processingUnit, List<Step> steps, List<ExcludedPeriod> notCounted, String warning) {

    /** A step of the procedure and its quota; {@code excluded}: its time does not count toward the limit. */
    public record Step(String name, int workingDays, boolean excluded) {
    }

    /** "20 ngày làm việc" */
    public String limit() {
        return Messages.text(dayCount == DayCount.CALENDAR_DAYS ? "procedure.days.calendar" : "procedure.days.working", days);
    }
}
