package vn.motcua.supervision;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** One number on the dashboard with its definition; {@code kind} says how to print it. */
public record Figure(Indicator indicator, Number value, Kind kind) {

    public enum Kind { COUNT, PERCENT, RATIO }

    static Figure count(Indicator indicator, long value) {
        return new Figure(indicator, value, Kind.COUNT);
    }

    static Figure percent(Indicator indicator, Double value) {
        return new Figure(indicator, value, Kind.PERCENT);
    }

    static Figure ratio(Indicator indicator, Double value) {
        return new Figure(indicator, value, Kind.RATIO);
    }

    /** Vietnamese number format: "1.234", "97,5%", "0,25"; "—" when there is nothing to divide. */
    public String display() {
        return format(value, kind);
    }

    static String format(Number value, Kind kind) {
        if (value == null) {
            return "—";
        }
        DecimalFormatSymbols vi = DecimalFormatSymbols.getInstance(Locale.forLanguageTag("vi-VN"));
        return switch (kind) {
            case COUNT -> new DecimalFormat("#,##0", vi).format(value.longValue());
            case PERCENT -> new DecimalFormat("0.0", vi).format(value.doubleValue()) + "%";
            case RATIO -> new DecimalFormat("0.00", vi).format(value.doubleValue());
        };
    }
}
