package vn.motcua.supervision;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import vn.motcua.supervision.Rows.HandoverRow;
import vn.motcua.supervision.Rows.MonthRow;
import vn.motcua.supervision.Rows.ProcedureRow;
import vn.motcua.system.Messages;

/** One sheet of an export: a Vietnamese header row and rows of cells (String or Number). */
record ExportTable(String name, List<String> header, List<List<Object>> rows) {

    static final List<String> FIGURE_HEADER = columns("indicator", "value", "definition", "source");

    /** The sheets of the Excel file; the first one is also the CSV file. */
    static List<ExportTable> of(Dashboard d, String communeName) {
        return List.of(figures(d, communeName), months(d), procedures(d),
                handovers(Messages.text("supervision.sheet.units"), d.units(), false),
                handovers(Messages.text("supervision.sheet.steps"), d.steps(), true), officers(d));
    }

    /** The header's cells: the columns' names in messages/supervision.properties, {@code supervision.column.<name>}. */
    static List<String> columns(String... names) {
        return Arrays.stream(names).map(name -> Messages.text("supervision.column." + name)).toList();
    }

    /** @param communeName the name of the commune filtered by, if any */
    static ExportTable figures(Dashboard d, String communeName) {
        List<List<Object>> rows = new ArrayList<>();
        String all = Messages.text("supervision.summary.all");
        rows.add(List.of(Messages.text("supervision.summary.period"),
                Messages.text("supervision.summary.periodValue", d.filter().from(), d.filter().to()),
                Messages.text("supervision.summary.periodDefinition"), ""));
        rows.add(List.of(Messages.text("supervision.column.unit"), d.filter().unit() == null ? all
                : UnitNames.one(d.filter().unit()), "", ""));
        rows.add(List.of(Messages.text("supervision.column.procedure"), d.filter().procedureKey() == null ? all
                : d.filter().procedureKey(), "", ""));
        rows.add(List.of(Messages.text("supervision.summary.commune"), d.filter().commune() == null ? all
                : communeName, "", ""));
        rows.add(List.of(Messages.text("supervision.column.agency"), d.filter().agency() == null ? all
                : d.filter().agency().name(), Messages.text("supervision.summary.agencyDefinition"), ""));
        for (Figure f : d.alerts().subList(0, 3)) {
            rows.add(figureRow(f));
        }
        for (Figure f : d.figures()) {
            rows.add(figureRow(f));
        }
        return new ExportTable(Messages.text("supervision.sheet.summary"), FIGURE_HEADER, rows);
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
        return new ExportTable(Messages.text("supervision.sheet.months"), countHeader("month"), rows);
    }

    private static ExportTable procedures(Dashboard d) {
        List<List<Object>> rows = new ArrayList<>();
        for (ProcedureRow p : d.procedures()) {
            rows.add(countCells(p.name(), p.counts()));
        }
        return new ExportTable(Messages.text("supervision.sheet.procedures"), countHeader("procedure"), rows);
    }

    private static List<String> countHeader(String first) {
        return columns(first, "received", "carriedOver", "toProcess", "early", "onTime", "late", "notDue", "overdue",
                "paused", "lateRate", "onTimeRate");
    }

    private static List<Object> countCells(String first, Counts c) {
        return List.of(first, c.received(), c.carriedOver(), c.toProcess(), c.early(), c.onTime(), c.late(),
                c.notDue(), c.overdue(), c.paused(), round(c.lateRate()), round(c.onTimeRate()));
    }

    private static ExportTable handovers(String name, List<HandoverRow> list, boolean withStep) {
        List<String> header = new ArrayList<>();
        if (withStep) {
            header.add(Messages.text("supervision.column.step"));
        }
        header.addAll(columns("unit", "handled", "early", "onTime", "late", "lateShare", "held", "heldLate", "medianHours",
                "p90Hours"));
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
                    d.lateTwoMonthsRunning().contains(o.officer()) ? Messages.text("supervision.sheet.yes") : ""));
        }
        return new ExportTable(Messages.text("supervision.sheet.officers"), columns("officer", "month", "stepsHandled",
                "stepsLate", "lateTwoMonths"), rows);
    }

    /** Percentages and hours with one decimal; empty when undefined. */
    private static Object round(Double value) {
        return value == null ? "" : Math.round(value * 10) / 10.0;
    }
}
