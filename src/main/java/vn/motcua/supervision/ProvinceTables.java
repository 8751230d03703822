package vn.motcua.supervision;

import java.util.ArrayList;
import java.util.List;

import vn.motcua.system.Messages;

/** The province view as export sheets: communes, agencies, late two or more months running. */
final class ProvinceTables {

    private ProvinceTables() {
    }

    static List<ExportTable> of(ProvinceView view) {
        return List.of(communes(view), agencies(view), streaks(view));
    }

    static ExportTable communes(ProvinceView view) {
        List<List<Object>> rows = new ArrayList<>();
        for (PlaceRow r : view.communes()) {
            rows.add(cells(r.key(), r.name(), r));
        }
        // The province's files: the communes' lines add up to it (steps are the places' own, no total).
        List<Object> total = new ArrayList<>(cells("", Messages.text("supervision.province.total"),
                new PlaceRow("", "", "", view.total(), StepFigures.none())));
        for (int c = 9; c < total.size(); c++) {
            total.set(c, "");
        }
        rows.add(total);
        return new ExportTable(Messages.text("supervision.sheet.communes"), header("communeCode", "commune"), rows);
    }

    private static ExportTable agencies(ProvinceView view) {
        List<List<Object>> rows = new ArrayList<>();
        for (PlaceRow r : view.agencies()) {
            rows.add(cells(r.kind(), r.name(), r));
        }
        return new ExportTable(Messages.text("supervision.sheet.agencies"), header("agencyKind", "agency"), rows);
    }

    private static List<String> header(String first, String second) {
        return ExportTable.columns(first, second, "received", "toProcess", "finished", "onTimeRate", "lateRate", "open",
                "overdue", "stepsHandled", "stepsLate", "heldLate", "stepLateRate", "meanHeldHours");
    }

    private static List<Object> cells(String first, String second, PlaceRow r) {
        Counts c = r.files();
        StepFigures s = r.steps();
        return List.of(first, second, c.received(), c.toProcess(), r.settled(), round(c.onTimeRate()),
                round(c.lateRate()), c.inProgress(), c.overdue(), s.handled(), s.late(), s.openLate(),
                round(s.lateShare()), round(s.meanHours()));
    }

    private static ExportTable streaks(ProvinceView view) {
        List<List<Object>> rows = new ArrayList<>();
        for (LateStreak s : view.lateStreaks()) {
            rows.add(List.of(s.kind(), s.name(), s.length(), month(s.first()) + " – " + month(s.last()), s.handled(),
                    s.late()));
        }
        return new ExportTable(Messages.text("supervision.sheet.lateStreaks"), ExportTable.columns("streakKind",
                "agencyOrOfficer", "monthsRunning", "monthRange", "stepsHandledInMonths", "stepsLate"), rows);
    }

    private static String month(java.time.YearMonth m) {
        return "%02d/%d".formatted(m.getMonthValue(), m.getYear());
    }

    private static Object round(Double value) {
        return value == null ? "" : Math.round(value * 10) / 10.0;
    }
}
