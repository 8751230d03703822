package vn.motcua.filepage;

import java.util.List;

import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.ReceivedDocuments;
import vn.motcua.feedback.ComplaintViews;

/**
 * What the file page shows, every date already as a person reads it (dd/MM/yyyy, times in Vietnam).
 *
 * @param holders who holds the file now: a unit's step or a partner agency; several while steps run in parallel
 * @param complaints the complaints and petitions about the file (1022 hotline, desk), oldest first
 */
record FilePage(String code, String procedureName, String statusLabel, String statusReason, boolean open,
        String channel, String receivedAt, String acceptedOn, String dueDate, String timeLimit,
        String timeLimitSource, boolean extended, Clock clock, List<Holder> holders, List<DueLine> dueHistory,
        List<StepLine> steps, Dossier.Applicant applicant, Dossier.Parcel parcel, String communeName,
        String request, ReceivedDocuments documents, List<ExchangeLine> exchanges, List<LetterLine> letters,
        List<CommentLine> comments, List<StatusLine> statusHistory, String finishedAt, String resultOutcome,
        List<ComplaintViews.View> complaints) {

    /** The file's clock: stopped now (and why), working days not counted so far, supplements asked. */
    record Clock(boolean paused, String pauseReason, int pausedWorkingDays, int supplementCount) {
    }

    record Holder(String unit, String who, String step, String since, String dueAt, boolean overdue) {
    }

    record DueLine(String kind, String oldDue, String newDue, String reason, String actor, String at) {
    }

    /**
     * One hand-over of the control sheet.
     *
     * @param verdict EARLY, ON_TIME, LATE, OPEN, OPEN_LATE or CANCELLED: the mark's colour
     */
    record StepLine(String step, String unit, String officer, String receivedAt, String dueAt, String finishedAt,
            String verdict, String verdictLabel, boolean escalated) {
    }

    record ExchangeLine(String agency, String operation, String status, String sentAt, String dueAt,
            String answeredAt, String outcome, String reference, int reminders, boolean overdue) {
    }

    record LetterLine(long id, String title, String number, String createdAt) {
    }

    record CommentLine(String at, String officer, String step, String text) {
    }

    record StatusLine(String status, String reason, String actor, String at) {
    }
}
