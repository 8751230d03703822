package vn.motcua.procedure;

import java.time.LocalDate;
import java.util.Map;

import vn.motcua.system.Messages;

/**
 * The time limit and step quotas of one procedure as a catalogue table set them, with the legal
 * source. A file keeps the rule that applied when it was accepted.
 *
 * @param stepQuotas working days each step may take, by BPMN task id
 * @param remoteCommuneExtraDays added for mountainous, island and difficult communes
 * @param processingUnit the unit (group id) whose leaders answer for the file: apology, overdue
 * @param countedSteps   the steps whose quotas use up the limit (not those of excluded periods)
 * @param warning        why the rule may no longer be the law (a national table past the day provinces had to
 *                       issue their own), or null
 */
public record ProcedureRule(String key, String name, int days, DayCount dayCount, int remoteCommuneExtraDays,
        Map<String, Integer> stepQuotas, String source, String table, LocalDate effectiveFrom, String processingUnit,
        String warning, java.util.Set<String> countedSteps) {

    /** The limit for a file of a normal or a remote commune. */
    public int daysFor(boolean remoteCommune) {
        return remoteCommune ? days + remoteCommuneExtraDays : days;
    }

    public int quotaOf(String stepId) {
        Integer quota = stepQuotas.get(stepId);
        return quota == null ? 0 : quota;
    }

    /** "20 ngày làm việc (Nghị định 151/2025/NĐ-CP ...)": what the register keeps as the source. */
    public String citation() {
        String from = vn.motcua.calendar.DayFormat.of(effectiveFrom);
        return warning == null ? Messages.text("procedure.rule.citation", source, table, from)
                : Messages.text("procedure.rule.citationWarning", source, table, from, warning);
    }

    ProcedureRule withWarning(String why) {
        return new ProcedureRule(key, name, days, dayCount, remoteCommuneExtraDays, stepQuotas, source, table, effectiveFrom,
                processingUnit, why, countedSteps);
    }
}
