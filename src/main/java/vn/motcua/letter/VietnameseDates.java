package vn.motcua.letter;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import vn.motcua.calendar.DeadlineCalculator;
import vn.motcua.system.Messages;

/** Dates and times as Vietnamese administrative papers write them, always in Vietnam's time zone. */
final class VietnameseDates {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter TIME_AND_DAY = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

    private VietnameseDates() {
    }

    /**
     * The date line under the national motto: "Long Thành, ngày 05 tháng 02 năm 2026". Decree
     * 30/2020 Annex I: days below 10 and the months January and February take a leading zero.
     */
    static String placeAndDate(String place, LocalDate day) {
        if (place == null || place.isBlank()) {
            String date = longDate(day); // an agency without a place: the date alone, capitalised
            return date.substring(0, 1).toUpperCase(VIETNAMESE) + date.substring(1);
        }
        return place.strip() + ", " + longDate(day);
    }

    /** "ngày 23 tháng 11 năm 2026" */
    static String longDate(LocalDate day) {
        String dayOfMonth = String.format("%02d", day.getDayOfMonth());
        String month = day.getMonthValue() <= 2 ? String.format("%02d", day.getMonthValue())
                : String.valueOf(day.getMonthValue());
        return Messages.text("letter.date.long", dayOfMonth, month, day.getYear());
    }

    /** "23/11/2026", or blank for none. */
    static String day(LocalDate day) {
        return day == null ? "" : DAY.format(day);
    }

    static String day(Instant instant) {
        return instant == null ? "" : day(LocalDate.ofInstant(instant, DeadlineCalculator.ZONE));
    }

    /** "09:00 23/11/2026", as the control sheet lists hand-overs; blank for none. */
    static String timeAndDay(Instant instant) {
        return instant == null ? "" : TIME_AND_DAY.format(local(instant));
    }

    /** "09 giờ 00 phút, ngày 23/11/2026", as the receipt (BM.01) writes the time of receipt. */
    static String hoursMinutesDay(Instant instant) {
        ZonedDateTime t = local(instant);
        return hoursMinutesDay(t.toLocalDate(), t.toLocalTime());
    }

    /** "16 giờ 30 phút, ngày 21/12/2026" */
    static String hoursMinutesDay(LocalDate day, LocalTime time) {
        return Messages.text("letter.date.hoursMinutesDay", String.format("%02d", time.getHour()),
                String.format("%02d", time.getMinute()), DAY.format(day));
    }

    static LocalDate localDay(Instant instant) {
        return LocalDate.ofInstant(instant, DeadlineCalculator.ZONE);
    }

    private static ZonedDateTime local(Instant instant) {
        return instant.atZone(DeadlineCalculator.ZONE);
    }
}
