package vn.motcua.letter;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import vn.motcua.dossier.Handover;
import vn.motcua.dossier.Timeliness;
import vn.motcua.system.Messages;

/**
 * The rows of the process control sheet (BM.05): one hand-over per step, with who gave the file
 * and who received it, when, by when the step was due, and whether it finished early, on time or late.
 */
final class ControlSheetRows {

    private ControlSheetRows() {
    }

    /** @param desk the centre whose desk received the file and handed it to the first step */
    static List<Map<String, Object>> of(LetterFacts.ControlSheet sheet, String desk) {
        List<Handover> steps = sheet.handovers();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            Handover step = steps.get(i);
            Handover giver = giverOf(steps, i);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("no", String.valueOf(i + 1));
            row.put("step", text(step.stepName()));
            row.put("giverUnit", giver == null ? desk : LetterModels.unitName(giver.unit()));
            row.put("giverName", giver == null ? text(sheet.receptionOfficer()) : name(giver, sheet));
            row.put("receiverUnit", LetterModels.unitName(step.unit()));
            row.put("receiverName", name(step, sheet));
            row.put("received", VietnameseDates.timeAndDay(step.receivedAt()));
            row.put("due", VietnameseDates.timeAndDay(step.dueAt()));
            row.put("finished", VietnameseDates.timeAndDay(step.finishedAt()));
            row.put("outcome", outcome(step.outcome()));
            row.put("note", note(step));
            rows.add(row);
        }
        return rows;
    }

    /**
     * Who handed the file to step {@code i}: the earlier step that ended last before it began (steps
     * may run side by side); none for the first, which the desk hands over at acceptance.
     */
    static Handover giverOf(List<Handover> steps, int i) {
        Instant start = steps.get(i).receivedAt();
        Handover giver = null;
        for (int j = 0; j < i; j++) {
            Instant end = steps.get(j).finishedAt();
            if (end != null && !end.isAfter(start) && (giver == null || !end.isBefore(giver.finishedAt()))) {
                giver = steps.get(j);
            }
        }
        return giver;
    }

    private static String name(Handover step, LetterFacts.ControlSheet sheet) {
        return step.assignee() == null ? "" : text(sheet.officerNames().getOrDefault(step.assignee(), step.assignee()));
    }

    private static String outcome(String outcome) {
        if (outcome == null) {
            return "";
        }
        return Stream.of(Timeliness.values()).filter(t -> t.name().equals(outcome)).map(Timeliness::label).findFirst()
                .orElse(outcome);
    }

    private static String note(Handover h) {
        if (h.finishedAt() == null) {
            return Messages.text("letter.controlSheet.note.inProgress");
        }
        if (h.outcome() == null) {
            return Messages.text("letter.controlSheet.note.stopped");
        }
        return h.escalated() ? Messages.text("letter.controlSheet.note.escalated") : "";
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }
}
