package vn.motcua.supervision;

import java.util.ArrayList;
import java.util.List;

import vn.motcua.feedback.FeedbackFigures;
import vn.motcua.publicpage.SatisfactionCriteria;

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
                    percent(r.complaintsOnTime()), "Chưa thu thập", r.procedureSatisfaction().satisfied(),
                    r.procedureSatisfaction().answered(), percent(r.procedureSatisfaction())));
        }
        return new ExportTable("Mức độ hài lòng (QĐ 766)", List.of("Cơ quan", "PAKN trả lời đúng hạn",
                "PAKN đến hạn trả lời", "Tỷ lệ PAKN xử lý đúng hạn (%)", "Hài lòng với việc xử lý PAKN",
                "Hài lòng với giải quyết TTHC", "Số ý kiến về giải quyết TTHC", "Tỷ lệ hài lòng với giải quyết TTHC (%)"),
                rows);
    }

    private static ExportTable criteria(CitizenFigures.Tables t) {
        List<String> header = new ArrayList<>(List.of("Cơ quan", "Số đánh giá", "Trong đó theo thang 1–5 cũ"));
        t.criteria().forEach(c -> header.add(c.shortName() + " (% hài lòng)"));
        List<List<Object>> rows = new ArrayList<>();
        for (Satisfaction.Row r : t.satisfaction()) {
            List<Object> row = new ArrayList<>(List.of(r.agency(), r.count(), r.oldScale()));
            for (SatisfactionCriteria.Criterion c : t.criteria()) {
                row.add(percent(c.overall() ? r.overall() : r.share(c.code())));
            }
            rows.add(row);
        }
        return new ExportTable("Hài lòng theo tiêu chí", header, rows);
    }

    private static ExportTable complaints(CitizenFigures.Tables t) {
        List<List<Object>> rows = new ArrayList<>();
        for (FeedbackFigures.ComplaintRow r : t.complaints()) {
            rows.add(List.of(r.unit(), r.total(), r.answeredOnTime(), r.answeredLate(), r.openInTime(), r.openLate(),
                    r.escalated()));
        }
        return new ExportTable("Phản ánh, kiến nghị", List.of("Đơn vị", "Tổng số", "Đã trả lời đúng hạn",
                "Đã trả lời quá hạn", "Đang xử lý trong hạn", "Đang xử lý quá hạn", "Đã báo lãnh đạo"), rows);
    }

    private static ExportTable dialogues(CitizenFigures.Tables t) {
        List<List<Object>> rows = new ArrayList<>();
        for (FeedbackFigures.DialogueRow r : t.dialogues().rows()) {
            rows.add(List.of(r.unit(), r.total(), r.longer(), r.withFile()));
        }
        return new ExportTable("Đối thoại", List.of("Bộ phận Một cửa", "Số lần đối thoại",
                "Quá " + t.dialogues().longAfterMinutes() + " phút", "Gắn với hồ sơ"), rows);
    }

    /** One decimal; empty when nothing was counted. */
    private static Object percent(Satisfaction.Share share) {
        Double p = share.percent();
        return p == null ? "" : Math.round(p * 10) / 10.0;
    }
}
