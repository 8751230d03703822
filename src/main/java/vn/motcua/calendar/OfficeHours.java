package vn.motcua.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Working hours: time inside the office sessions of a working day of the calendar (weekends,
 * holidays and make-up days as {@link WorkingCalendar} has them). Decree 118/2025 Art 17(2) counts
 * the desk's answer to an online file in working hours ("08 giờ làm việc").
 */
@Component
@EnableConfigurationProperties(OfficeHoursProperties.class)
public class OfficeHours {

    private record Session(LocalTime start, LocalTime end) {
    }

    private final WorkingCalendar calendar;
    private final List<Session> sessions;

    public OfficeHours(WorkingCalendar calendar, OfficeHoursProperties properties) {
        this.calendar = calendar;
        this.sessions = parse(properties.sessions());
    }

    /** The moment {@code hours} working hours after {@code from}; time outside the sessions does not count. */
    public Instant plusWorkingHours(Instant from, int hours) {
        Duration left = Duration.ofHours(hours);
        LocalDateTime at = LocalDateTime.ofInstant(from, DeadlineCalculator.ZONE);
        LocalDate day = at.toLocalDate();
        LocalTime time = at.toLocalTime();
        while (true) {
            if (calendar.isWorkingDay(day)) {
                for (Session session : sessions) {
                    if (!time.isBefore(session.end())) {
                        continue;
                    }
                    LocalTime start = time.isAfter(session.start()) ? time : session.start();
                    Duration available = Duration.between(start, session.end());
                    if (available.compareTo(left) >= 0) {
                        return day.atTime(start.plus(left)).atZone(DeadlineCalculator.ZONE).toInstant();
                    }
                    left = left.minus(available);
                    time = session.end();
                }
            }
            day = day.plusDays(1);
            time = LocalTime.MIN;
        }
    }

    private static List<Session> parse(List<String> texts) {
        if (texts == null || texts.isEmpty()) {
            throw new IllegalStateException("motcua.office-hours.sessions: give at least one session, e.g. 07:30-11:30");
        }
        List<Session> parsed = new ArrayList<>();
        for (String text : texts) {
            String[] bounds = text.split("-");
            try {
                if (bounds.length != 2) {
                    throw new DateTimeParseException("not HH:mm-HH:mm", text, 0);
                }
                parsed.add(new Session(LocalTime.parse(bounds[0].strip()), LocalTime.parse(bounds[1].strip())));
            } catch (DateTimeParseException e) {
                throw new IllegalStateException("motcua.office-hours.sessions: '" + text + "' is not HH:mm-HH:mm", e);
            }
        }
        for (int i = 0; i < parsed.size(); i++) {
            Session session = parsed.get(i);
            boolean empty = !session.start().isBefore(session.end());
            boolean overlaps = i > 0 && session.start().isBefore(parsed.get(i - 1).end());
            if (empty || overlaps) {
                throw new IllegalStateException("motcua.office-hours.sessions: " + texts
                        + " must be non-empty sessions in the order of the day, without overlap");
            }
        }
        return List.copyOf(parsed);
    }
}
