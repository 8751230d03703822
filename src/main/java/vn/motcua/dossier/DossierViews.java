package vn.motcua.dossier;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;

/** What the API shows of a file. */
@Component
class DossierViews {

    private final DossierRegister register;
    private final Handovers handovers;

    DossierViews(DossierRegister register, Handovers handovers) {
        this.register = register;
        this.handovers = handovers;
    }

    /** The answer to a submission: what the receipt (Giấy tiếp nhận và hẹn trả kết quả) prints. */
    record Receipt(String code, String procedureKey, String procedureName, Instant receivedAt, LocalDate acceptedOn,
            LocalDate appointmentDate, Integer timeLimitDays, String timeLimitKind, String timeLimitSource,
            String status, String statusLabel) {
    }

    record Detail(String code, String procedureKey, String procedureName, String channel, String applicantName,
            String status, String statusLabel, String statusReason, Instant receivedAt, LocalDate acceptedOn,
            LocalDate dueDate, Integer timeLimitDays, String timeLimitKind, String timeLimitSource, boolean extended,
            boolean clockPaused, int pausedWorkingDays, int supplementCount, boolean decisionIssued,
            String resultOutcome, Instant finishedAt, List<DueDateChange> dueDateHistory,
            List<StatusChange> statusHistory, List<Handover> handovers) {
    }

    Receipt receipt(Dossier d) {
        return new Receipt(d.code(), d.procedureKey(), d.procedureName(), d.receivedAt(), d.acceptedOn(), d.dueDate(),
                d.timeLimitDays(), d.timeLimitKind(), d.timeLimitSource(), d.status().name(), d.status().label());
    }

    Detail detail(Dossier d) {
        return new Detail(d.code(), d.procedureKey(), d.procedureName(), d.channel().name(), d.applicant().fullName(),
                d.status().name(), d.status().label(), d.statusReason(), d.receivedAt(), d.acceptedOn(), d.dueDate(),
                d.timeLimitDays(), d.timeLimitKind(), d.timeLimitSource(), d.extended(), d.isPaused(),
                d.pausedWorkingDays(), d.supplementCount(), d.decisionIssued(), d.resultOutcome(), d.finishedAt(),
                register.dueDateHistory(d.id()), register.statusHistory(d.id()), handovers.of(d.id()));
    }
}
