package vn.motcua.supervision;

import java.util.ArrayList;
import java.util.List;

import vn.motcua.supervision.Rows.HandoverRow;
import vn.motcua.supervision.Rows.MonthRow;
import vn.motcua.supervision.Rows.ProcedureRow;

/** One sheet of an export: a Vietnamese header row and rows of cells (String or Number). */
record ExportTable(String name, List<String> header, List<List<Object>> rows) {

    static final List<String> FIGURE_HEADER = List.of("Chỉ tiêu", "Giá trị", "Định nghĩa", "Nguồn");

    /** The sheets of the Excel file; the first one is also the CSV file. */
    static List<ExportTable> of(Dashboard d, String communeName) {
        return List.of(figures(d, communeName), months(d), procedures(d), handovers("Theo đơn vị", d.units(), false),
                handovers("Theo bước", d.steps(), true), officers(d));
    }

    /** @param communeName the name of the commune filtered by, if any */
    static ExportTable figures(Dashboard d, String communeName) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of("Kỳ báo cáo", d.filter().from() + " đến " + d.filter().to(), "Tháng đầu đến tháng cuối", ""));
        rows.add(List.of("Đơn vị", d.filter().unit() == null ? "Tất cả" : UnitNames.one(d.filter().unit()), "", ""));
        rows.add(List.of("Thủ tục", d.filter().procedureKey() == null ? "Tất cả" : d.filter().procedureKey(), "", ""));
        rows.add(List.of("Xã (nơi có thửa đất)", d.filter().commune() == null ? "Tất cả"
                : communeName, "", ""));
        rows.add(List.of("Cơ quan", d.filter().agency() == null ? "Tất cả" : d.filter().agency().name(),
                "Trung tâm: hồ sơ đã tiếp nhận; cơ quan khác: hồ sơ đã qua cơ quan", ""));
        for (Figure f : d.alerts().subList(0, 3)) {
            rows.add(figureRow(f));
        }
        for (Figure f : d.figures()) {
            rows.add(figureRow(f));
        }
        return new ExportTable("Tổng hợp", FIGURE_HEADER, rows);
    }

    private static List<Object> figureRow(Figure f) {
        Object value = f.value() == null ? "" : f.kind() == Figure.Kind.PERCENT ? round(f.value().doubleValue()) : f.value();
        return List.of(f.indicator().label() + (f.kind() == Figure.Kind.PERCENT ? " (%)" : ""), value,
                f.indicator().definition(), f.indicator().source());
    }

    private static ExportTable months(Dashboard d) {
        List<List<Object>> rows = new ArrayList<>();
        for (MonthRow m : d.months()) {
            rows.add(countCells(m.label(), m.counts()));
        }
        return new ExportTable("Theo tháng", countHeader("Tháng"), rows);
    }

    private static ExportTable procedures(Dashboard d) {
        List<List<Object>> rows = new ArrayList<>();
        for (ProcedureRow p : d.procedures()) {
            rows.add(countCells(p.name(), p.counts()));
        }
        return new ExportTable("Theo thủ tục", countHeader("Thủ tục"), rows);
    }

    private static List<String> countHeader(String first) {
        return List.of(first, "Tiếp nhận", "Kỳ trước chuyển sang", "Phải giải quyết", "Trước hạn", "Đúng hạn",
                "Quá hạn", "Đang giải quyết chưa đến hạn", "Đang giải quyết quá hạn", "Tạm dừng",
                "Tỷ lệ trễ hạn (%)", "Tỷ lệ đúng hạn (%)");
    }

    private static List<Object> countCells(String first, Counts c) {
        return List.of(first, c.received(), c.carriedOver(), c.toProcess(), c.early(), c.onTime(), c.late(),
                c.notDue(), c.overdue(), c.paused(), round(c.lateRate()), round(c.onTimeRate()));
    }

    private static ExportTable handovers(String name, List<HandoverRow> list, boolean withStep) {
        List<String> header = new ArrayList<>();
        if (withStep) {
            header.add("Bước");
        }
        header.addAll(List.of("Đơn vị", "Đã xử lý", "Trước hạn", "Đúng hạn", "Quá hạn", "Tỷ lệ quá hạn (%)",
                "Đang giữ", "Đang giữ quá hạn", "Thời gian giữ trung vị (giờ)", "Thời gian giữ P90 (giờ)"));
        List<List<Object>> rows = new ArrayList<>();
        for (HandoverRow r : list) {
            List<Object> row = new ArrayList<>();
            if (withStep) {
                row.add(r.stepName());
            }
            row.addAll(List.of(r.unitName(), r.handled(), r.early(), r.onTime(), r.late(), round(r.lateRate()),
                    r.open(), r.openLate(), round(r.medianHours()), round(r.p90Hours())));
            rows.add(row);
        }
        return new ExportTable(name, header, rows);
    }

    private static ExportTable officers(Dashboard d) {
        List<List<Object>> rows = new ArrayList<>();
        for (OfficerMonth o : d.officers()) {
            rows.add(List.of(o.officer(), o.month().toString(), o.handled(), o.late(),
                    d.lateTwoMonthsRunning().contains(o.officer()) ? "Có" : ""));
        }
        return new ExportTable("Cán bộ", List.of("Cán bộ", "Tháng", "Bước đã xử lý", "Bước quá hạn",
                "Trễ hạn hai tháng liền"), rows);
    }

    /** Percentages and hours with one decimal; empty when undefined. */
    private static Object round(Double value) {
        return value == null ? "" : Math.round(value * 10) / 10.0;
    }
}
