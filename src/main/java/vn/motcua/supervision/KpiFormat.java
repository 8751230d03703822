package vn.motcua.supervision;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import org.springframework.stereotype.Component;

/** Vietnamese number and date formats for the templates ({@code ${@kpiFormat.percent(x)}}) and exports. */
@Component("kpiFormat")
public class KpiFormat {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    public String count(long value) {
        return Figure.format(value, Figure.Kind.COUNT);
    }

    public String percent(Double value) {
        return Figure.format(value, Figure.Kind.PERCENT);
    }

    /** Hours with one decimal; working time is not subtracted (holding time as the applicant waits). */
    public String hours(Double value) {
        return value == null ? "—" : Figure.format(value, Figure.Kind.RATIO);
    }

    public String day(LocalDate value) {
        return value == null ? "" : DAY.format(value);
    }

    public String time(LocalDateTime value) {
        return value == null ? "" : MINUTE.format(value);
    }
}
