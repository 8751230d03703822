package vn.motcua.feedback;

import java.time.Instant;
import java.time.LocalDate;

import vn.motcua.system.Messages;

/**
 * A complaint or petition (phản ánh, kiến nghị) as the register holds it.
 *
 * @param unitGroup the unit that answers: the one holding the named file, or the desk
 * @param dueOn the last day of the answer's time limit
 */
public record Complaint(long id, Source source, String externalId, Kind kind, String dossierCode, Long dossierId,
        String unitGroup, String leadersGroup, String personName, String personPhone, String content,
        Instant receivedAt, LocalDate dueOn, String dueSource, String recordedBy, String answer, String answeredBy,
        Instant answeredAt, Instant escalatedAt, Instant deliveredAt) {

    public enum Source {
        HOTLINE_1022,
        DESK;

        public String label() {
            return Messages.text("feedback.complaint.source." + name());
        }
    }

    public enum Kind {
        PHAN_ANH,
        KIEN_NGHI;

        public String label() {
            return Messages.text("feedback.complaint.kind." + name());
        }
    }

    /** Prefix of a complaint's code, the business key of its task's process ("PAKN-12"). */
    public static final String CODE_PREFIX = "PAKN-";

    /** The complaint's number as officers and Tasklist read it; never a file code. */
    public String code() {
        return CODE_PREFIX + id;
    }

    /** @return the complaint's id, or empty if {@code code} is not a complaint's code */
    public static java.util.OptionalLong idOf(String code) {
        if (code == null || !code.startsWith(CODE_PREFIX) || !code.substring(CODE_PREFIX.length()).matches("[0-9]{1,18}")) {
            return java.util.OptionalLong.empty();
        }
        return java.util.OptionalLong.of(Long.parseLong(code.substring(CODE_PREFIX.length())));
    }

    /**
     * The moment an open complaint becomes late: the start of the day after its last day, when
     * {@link ComplaintService#escalateLate()} would also find it. The task's timer fires then.
     */
    public Instant lateFrom() {
        return dueOn.plusDays(1).atStartOfDay(vn.motcua.calendar.DeadlineCalculator.ZONE).toInstant();
    }

    public boolean answered() {
        return answeredAt != null;
    }

    /** Answered after its last day, or still open after it. */
    public boolean late(LocalDate today) {
        LocalDate by = answeredAt != null ? answeredAt.atZone(vn.motcua.calendar.DeadlineCalculator.ZONE).toLocalDate() : today;
        return by.isAfter(dueOn);
    }
}
