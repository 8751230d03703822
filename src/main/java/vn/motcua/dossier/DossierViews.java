package vn.motcua.dossier;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.motcua.organisation.GroupNames;
import vn.motcua.organisation.Unit;

/** What the API and the file page show of a file. */
@Component
public class DossierViews {

    private final DossierRegister register;
    private final Handovers handovers;
    private final FileRoutes routes;

    DossierViews(DossierRegister register, Handovers handovers, FileRoutes routes) {
        this.routes = routes;
        this.register = register;
        this.handovers = handovers;
    }

    /** The answer to a submission: what the receipt (Giấy tiếp nhận và hẹn trả kết quả) prints. */
    record Receipt(String code, String procedureKey, String procedureName, Instant receivedAt, LocalDate acceptedOn,
            LocalDate appointmentDate, Integer timeLimitDays, String timeLimitKind, String timeLimitSource,
            String status, String statusLabel, String communeCode, boolean remoteCommune, String receivingAgency) {
    }

    /** Who plays a role of the diagrams for this file: fixed when it was received. */
    public record RouteLeg(String role, String agencyId, String agencyName) {
    }

    public record Detail(String code, String procedureKey, String procedureName, String channel, String applicantName,
            String status, String statusLabel, String statusReason, Instant receivedAt, LocalDate acceptedOn,
            LocalDate dueDate, Integer timeLimitDays, String timeLimitKind, String timeLimitSource, boolean extended,
            boolean clockPaused, int pausedWorkingDays, int supplementCount, boolean decisionIssued,
            String resultOutcome, Instant finishedAt, List<DueDateChange> dueDateHistory,
            List<StatusChange> statusHistory, List<Handover> handovers, String communeCode, boolean remoteCommune,
            List<RouteLeg> route, String pauseReason) {
    }

    Receipt receipt(Dossier d) {
        return new Receipt(d.code(), d.procedureKey(), d.procedureName(), d.receivedAt(), d.acceptedOn(), d.dueDate(),
                d.timeLimitDays(), d.timeLimitKind(), d.timeLimitSource(), d.status().name(), d.status().label(),
                d.parcel().communeCode(), d.parcel().remoteCommune(), routes.legs(d.id()).stream()
                        .filter(leg -> Unit.DESK.groupId().equals(leg.unit())).map(FileRoutes.Leg::agencyId)
                        .findFirst().orElse(null));
    }

    public Detail detail(Dossier d) {
        return new Detail(d.code(), d.procedureKey(), d.procedureName(), d.channel().name(), d.applicant().fullName(),
                d.status().name(), d.status().label(), d.statusReason(), d.receivedAt(), d.acceptedOn(), d.dueDate(),
                d.timeLimitDays(), d.timeLimitKind(), d.timeLimitSource(), d.extended(), d.isPaused(),
                d.pausedWorkingDays(), d.supplementCount(), d.decisionIssued(), d.resultOutcome(), d.finishedAt(),
                register.dueDateHistory(d.id()), register.statusHistory(d.id()), handovers.of(d.id()),
                d.parcel().communeCode(), d.parcel().remoteCommune(), routes.legs(d.id()).stream()
                        .map(leg -> new RouteLeg(leg.unit(), leg.agencyId(), GroupNames.of(leg.staffGroup()))).toList(),
                // what the file waits for while its clock stands still (the period's reason in the tables)
                d.isPaused() ? register.pausedReason(d.code()) : null);
    }
}
