package vn.motcua.calendar;

import java.time.LocalDate;
import java.util.Objects;

/** A day that is off although it is a weekday, or worked although it is a weekend; the name is Vietnamese. */
public record SpecialDay(LocalDate date, String name, DayKind kind) {

    public SpecialDay {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A special day needs a name: " + date);
        }
    }
}
