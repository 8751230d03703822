package vn.motcua.feedback;

import java.time.Instant;
import java.time.LocalDate;

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
        HOTLINE_1022("Tổng đài 1022"),
        DESK("Bộ phận Một cửa");

        private final String label;

        Source(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum Kind {
        PHAN_ANH("Phản ánh"),
        KIEN_NGHI("Kiến nghị");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
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
