package vn.motcua.deadline;

import java.time.Instant;
import java.util.Date;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

import vn.motcua.calendar.OfficeHours;
import vn.motcua.dossier.DossierService;
import vn.motcua.dossier.FileIdentity;

/**
 * The desk's clock for a file filed online (Decree 118/2025 Art 17(2)): the information system alerts
 * staff within 02 hours, and the desk accepts the file or asks for a supplement within 08 working
 * hours of its receipt by the system. Both are counted in working hours ({@link OfficeHours}) from
 * the moment of receipt. Used in {@code dossier-reception.bpmn} as the due date of "Kiểm tra hồ sơ nộp
 * trực tuyến" ({@code ${onlineReception.acceptBy(execution)}}) and the timers of its two boundary events.
 * <p>
 * Reading: the decree says "02 giờ" for the alert without "làm việc"; an alert at night reaches nobody,
 * so both are counted in working hours.
 */
@Component("onlineReception")
public class OnlineReception {

    /** Decree 118/2025 Art 17(2): the system alerts staff within 02 hours. */
    public static final int ALERT_HOURS = 2;
    /** Decree 118/2025 Art 17(2): acceptance or a supplement request within 08 working hours. */
    public static final int ANSWER_HOURS = 8;

    private final DossierService dossiers;
    private final OfficeHours hours;

    public OnlineReception(DossierService dossiers, OfficeHours hours) {
        this.dossiers = dossiers;
        this.hours = hours;
    }

    /** When the desk is alerted if nobody has taken the file up. */
    public Date alertAt(VariableScope execution) {
        return Date.from(hours.plusWorkingHours(receivedAt(execution), ALERT_HOURS));
    }

    /** When the desk's answer is due: the check task's due date, and when a missed one is escalated. */
    public Date acceptBy(VariableScope execution) {
        return Date.from(acceptBy(receivedAt(execution)));
    }

    public Instant acceptBy(Instant receivedAt) {
        return hours.plusWorkingHours(receivedAt, ANSWER_HOURS);
    }

    private Instant receivedAt(VariableScope execution) {
        String code = FileIdentity.codeOf(execution);
        if (code == null) {
            throw new IllegalStateException("An online file's check runs without a file code");
        }
        return dossiers.get(code).receivedAt();
    }
}
