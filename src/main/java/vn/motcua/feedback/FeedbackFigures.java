package vn.motcua.feedback;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.springframework.stereotype.Component;

import vn.motcua.organisation.GroupNames;
import vn.motcua.system.Messages;
import vn.motcua.system.TimeSource;

/**
 * The dashboard's figures of citizens' feedback: complaints per answering unit with their timeliness, and
 * the desks' dialogues, over the dashboard's period like its other tables.
 */
@Component
public class FeedbackFigures {

    /**
     * One unit's complaints: answered on time or late, still open in time or already late.
     *
     * @param group the unit's staff group, for the dashboard to find its agency
     */
    public record ComplaintRow(String unit, int total, int answeredOnTime, int answeredLate, int openInTime, int openLate,
            int escalated, String group) {

        /** Those whose time limit is judged: answered, or open past their last day (Decision 766's base). */
        public int judged() {
            return answeredOnTime + answeredLate + openLate;
        }
    }

    /**
     * The dashboard's period: complaints received and dialogues begun from {@code from} (inclusive) to
     * {@code to} (exclusive); an open complaint's lateness as of {@code asOf}, so a past period stays put.
     */
    public record Period(Instant from, Instant to, LocalDate asOf) {

        boolean contains(Instant moment) {
            return !moment.isBefore(from) && moment.isBefore(to);
        }
    }

    /** One desk's dialogues: how many, how many took longer than the rules' limit, how many were about a file. */
    public record DialogueRow(String unit, int total, int longer, int withFile) {
    }

    public record DialogueFigures(int longAfterMinutes, String source, List<DialogueRow> rows) {
    }

    private final Complaints complaints;
    private final DeskDialogues dialogues;
    private final TimeSource clock;
    private final FeedbackRules rules;

    FeedbackFigures(Complaints complaints, DeskDialogues dialogues, TimeSource clock, FeedbackRules rules) {
        this.complaints = complaints;
        this.dialogues = dialogues;
        this.clock = clock;
        this.rules = rules;
    }

    /** @param visibleUnit whether the viewer sees this unit's (staff group's) figures */
    public List<ComplaintRow> complaintsPerUnit(Predicate<String> visibleUnit) {
        return complaintsPerUnit(visibleUnit, always());
    }

    /** @param visibleUnit whether the viewer sees this unit's (staff group's) figures */
    public List<ComplaintRow> complaintsPerUnit(Predicate<String> visibleUnit, Period period) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (Complaint c : complaints.all()) {
            if (!visibleUnit.test(c.unitGroup()) || !period.contains(c.receivedAt())) {
                continue;
            }
            int[] n = counts.computeIfAbsent(c.unitGroup(), k -> new int[6]);
            boolean late = c.late(period.asOf());
            n[0]++;
            n[c.answered() ? (late ? 2 : 1) : (late ? 4 : 3)]++;
            if (c.escalatedAt() != null) {
                n[5]++;
            }
        }
        List<ComplaintRow> rows = new ArrayList<>();
        counts.forEach((unit, n) -> rows.add(new ComplaintRow(GroupNames.of(unit), n[0], n[1], n[2], n[3], n[4], n[5], unit)));
        rows.sort(java.util.Comparator.comparing(ComplaintRow::unit));
        return rows;
    }

    /** "10 ngày làm việc (source)": the time limit the table counts against. */
    public String complaintTimeLimit() {
        return Messages.text("feedback.figures.timeLimit", rules.complaintAnswerWorkingDays(), rules.complaintAnswerSource());
    }

    /** @param visibleUnit whether the viewer sees this desk's (staff group's) figures */
    public DialogueFigures dialogues(Predicate<String> visibleUnit) {
        return dialogues(visibleUnit, always());
    }

    /** @param visibleUnit whether the viewer sees this desk's (staff group's) figures */
    public DialogueFigures dialogues(Predicate<String> visibleUnit, Period period) {
        int limit = rules.longDialogueMinutes();
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (DeskDialogue d : dialogues.all()) {
            if (!visibleUnit.test(d.deskGroup()) || !period.contains(d.startedAt())) {
                continue;
            }
            int[] n = counts.computeIfAbsent(d.deskGroup(), k -> new int[3]);
            n[0]++;
            if (d.minutes() > limit) {
                n[1]++;
            }
            if (d.dossierId() != null) {
                n[2]++;
            }
        }
        List<DialogueRow> rows = new ArrayList<>();
        counts.forEach((unit, n) -> rows.add(new DialogueRow(GroupNames.of(unit), n[0], n[1], n[2])));
        rows.sort(java.util.Comparator.comparing(DialogueRow::unit));
        return new DialogueFigures(limit, rules.longDialogueSource(), rows);
    }

    /** Every complaint and dialogue, late as of today. */
    private Period always() {
        return new Period(Instant.EPOCH, Instant.parse("9999-12-31T00:00:00Z"), clock.today());
    }
}
