package vn.motcua.publicpage;

import java.util.List;

/**
 * What the applicant reads of a file: status in words, the appointment and its changes, who holds the
 * file now, the letters and where to complain. No officer's name and nothing internal (control sheet,
 * partner exchanges, comments).
 *
 * @param appointment the appointment date, dd/MM/yyyy ("" before acceptance)
 * @param pause       the clock stop in force, or null
 * @param rating      whether the applicant may rate the service now, has rated it, or not yet
 */
record PublicFile(String code, String procedureName, String statusLabel, String statusReason, boolean open,
        String receivedOn, String appointment, String finishedOn, Pause pause, List<Holder> holders,
        List<AppointmentChange> appointmentChanges, List<Event> events, List<Letter> letters, Desk desk,
        Rating rating) {

    /**
     * The clock stands still ("tạm ngưng"): since when and why. When it runs again is not known here (the
     * holders' step deadlines are shown with them); the appointment then moves by the days it stood.
     */
    record Pause(String since, String reason) {
    }

    /** The appointment was moved by an apology (once per file). */
    public boolean rescheduled() {
        return appointmentChanges.stream().anyMatch(AppointmentChange::apology);
    }

    /** An agency holding the file now, at which step, and the day that step is due. */
    record Holder(String agency, String step, String since, String due) {
    }

    record AppointmentChange(String what, String from, String to, String reason, String on, boolean apology) {
    }

    record Event(String on, String what, String reason) {
    }

    record Letter(long id, String title, String number, String issuedOn) {
    }

    /** The centre that received the file: where the result is collected and complaints are made. */
    record Desk(String name, String address, String phone) {
    }

    /** @param state {@code NOT_YET} (no result yet), {@code OPEN} (may rate) or {@code DONE} */
    record Rating(String state, String ratedOn, Integer score) {
    }
}
