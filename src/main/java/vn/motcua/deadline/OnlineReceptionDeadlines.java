package vn.motcua.deadline;

import java.time.Instant;
import java.util.Date;

import org.springframework.stereotype.Component;

import vn.motcua.calendar.OfficeHours;
import vn.motcua.dossier.DossierService;

/**
 * The desk's clock for a file filed online (Decree 118/2025 Art 17(2)): the information system alerts
 * staff within 02 hours, and the desk accepts the file or asks for a supplement within 08 working
 * hours of its receipt by the system. Both are counted in working hours ({@link OfficeHours}) from
 * the moment of receipt. The engine asks through its {@code onlineReception} bean in
 * {@code dossier-reception.bpmn}: the due date of "Kiểm tra hồ sơ nộp trực tuyến" and the timers of
 * its two boundary events.
 * <p>
 * Reading: the decree says "02 giờ" for the alert without "làm việc"; an alert at night reaches nobody,
 * so both are counted in working hours.
 */
@Component
public class OnlineReceptionDeadlines {

    /** Decree 118/2025 Art 17(2): the system alerts staff within 02 hours. */
    public static final int ALERT_HOURS = 2;
    /** Decree 118/2025 Art 17(2): acceptance or a supplement request within 08 working hours. */
    private static final int ANSWER_HOURS = 8;

    private final DossierService dossiers;
    private final OfficeHours hours;

    public OnlineReceptionDeadlines(DossierService dossiers, OfficeHours hours) {
        this.dossiers = dossiers;
        this.hours = hours;
    }

    /** When the desk is alerted if nobody has taken the file up. */
    public Date alertAt(String code) {
        return Date.from(hours.plusWorkingHours(receivedAt(code), ALERT_HOURS));
    }

    /** When the desk's answer is due: the check task's due date, and when a missed one is escalated. */
    public Date acceptBy(String code) {
        return Date.from(acceptBy(receivedAt(code)));
    }

    private Instant acceptBy(Instant receivedAt) {
        return hours.plusWorkingHours(receivedAt, ANSWER_HOURS);
    }

    /** Nobody took the file up in time: its history says so. */
    public void unclaimed(String code) {
        dossiers.recordOnlineFileUnclaimed(code);
    }

    /** The desk's answer is late: its history says so, with the moment it was due. */
    public void answerLate(String code) {
        dossiers.recordOnlineAcceptanceLate(code, acceptBy(receivedAt(code)));
    }

    private Instant receivedAt(String code) {
        if (code == null) {
            throw new IllegalStateException("An online file's check runs without a file code");
        }
        return dossiers.get(code).receivedAt();
    }
}
