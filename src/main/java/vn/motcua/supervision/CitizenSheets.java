package vn.motcua.supervision;

import java.util.ArrayList;
import java.util.List;

import vn.motcua.feedback.FeedbackFigures;
import vn.motcua.publicpage.SatisfactionCriteria;
import vn.motcua.system.Messages;

/** The dashboard's citizens' tables as export sheets, with the same headings as the page. */
final class CitizenSheets {

    private CitizenSheets() {
    }

    static List<ExportTable> of(CitizenFigures.Tables t) {
        return List.of(index(t), criteria(t), complaints(t), dialogues(t));
    }

    private static ExportTable index(CitizenFigures.Tables t) {
        List<List<Object>> rows = new ArrayList<>();
        for (CitizenFigures.IndexRow r : t.index()) {
            rows.add(List.of(r.agency(), r.complaintsOnTime().satisfied(), r.complaintsOnTime().answered(),
                    percent(r.complaintsOnTime()), Messages.text("supervision.sheet.notCollected"),
                    r.procedureSatisfaction().satisfied(),
                    r.procedureSatisfaction().answered(), percent(r.procedureSatisfaction())));
        }
        return new ExportTable(Messages.text("supervision.sheet.index"), ExportTable.columns("agency",
                "complaintsAnsweredOnTime", "complaintsDue", "complaintsOnTimeRate", "complaintsSatisfied",
                "proceduresSatisfied", "procedureOpinions", "proceduresSatisfiedRate"), rows);
    }

    private static ExportTable criteria(CitizenFigures.Tables t) {
        List<String> header = new ArrayList<>(ExportTable.columns("agency", "ratings", "oldScaleRatings"));
        t.criteria().forEach(c -> header.add(Messages.text("supervision.column.criterionSatisfied", c.shortName())));
        List<List<Object>> rows = new ArrayList<>();
        for (Satisfaction.Row r : t.satisfaction()) {
            List<Object> row = new ArrayList<>(List.of(r.agency(), r.count(), r.oldScale()));
            for (SatisfactionCriteria.Criterion c : t.criteria()) {
                row.add(percent(c.overall() ? r.overall() : r.share(c.code())));
            }
            rows.add(row);
        }
        return new ExportTable(Messages.text("supervision.sheet.criteria"), header, rows);
    }

    private static ExportTable complaints(CitizenFigures.Tables t) {
        List<List<Object>> rows = new ArrayList<>();
        for (FeedbackFigures.ComplaintRow r : t.complaints()) {
            rows.add(List.of(r.unit(), r.total(), r.answeredOnTime(), r.answeredLate(), r.openInTime(), r.openLate(),
                    r.escalated()));
        }
        return new ExportTable(Messages.text("supervision.sheet.complaints"), ExportTable.columns("unit", "total",
                "answeredOnTime", "answeredLate", "openInTime", "openLate", "escalated"), rows);
    }

    private static ExportTable dialogues(CitizenFigures.Tables t) {
        List<List<Object>> rows = new ArrayList<>();
        for (FeedbackFigures.DialogueRow r : t.dialogues().rows()) {
            rows.add(List.of(r.unit(), r.total(), r.longer(), r.withFile()));
        }
        List<String> header = new ArrayList<>(ExportTable.columns("desk", "dialogues"));
        header.add(Messages.text("supervision.column.dialoguesLonger", t.dialogues().longAfterMinutes()));
        header.add(Messages.text("supervision.column.withFile"));
        return new ExportTable(Messages.text("supervision.sheet.dialogues"), header, rows);
    }

    /** One decimal; empty when nothing was counted. */
    private static Object percent(Satisfaction.Share share) {
        Double p = share.percent();
        return p == null ? "" : Math.round(p * 10) / 10.0;
    }
}
