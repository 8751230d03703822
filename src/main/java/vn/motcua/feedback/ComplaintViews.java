package vn.motcua.feedback;

import java.time.LocalDate;

import vn.motcua.calendar.DayFormat;
import vn.motcua.organisation.GroupNames;
import vn.motcua.system.Messages;

/** A complaint as officers and the file page read it: dates as dd/MM/yyyy, names in Vietnamese. */
public final class ComplaintViews {

    private ComplaintViews() {
    }

    /** @param timeliness "Đã trả lời đúng hạn", "Đã trả lời quá hạn", "Đang xử lý" or "Quá hạn, đã báo lãnh đạo" */
    public record View(long id, String source, String kind, String dossierCode, String unit, String personName,
            String content, String receivedAt, String dueOn, String answer, String answeredAt, String timeliness,
            boolean late, boolean escalated, boolean deliveredToHotline, String dueSource) {
    }

    public static View of(Complaint c, LocalDate today) {
        boolean late = c.late(today);
        String timeliness = Messages.text(c.answered() ? (late ? "feedback.timeliness.answeredLate"
                : "feedback.timeliness.answeredOnTime") : c.escalatedAt() != null ? "feedback.timeliness.escalated"
                : late ? "feedback.timeliness.late" : "feedback.timeliness.open");
        return new View(c.id(), c.source().label(), c.kind().label(), c.dossierCode(), GroupNames.of(c.unitGroup()),
                c.personName(), c.content(), DayFormat.ofMoment(c.receivedAt()), DayFormat.of(c.dueOn()), c.answer(),
                DayFormat.ofMoment(c.answeredAt()), timeliness, late, c.escalatedAt() != null, c.deliveredAt() != null,
                c.dueSource());
    }
}
