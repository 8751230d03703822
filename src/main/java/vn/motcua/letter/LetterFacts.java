package vn.motcua.letter;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierEvent;
import vn.motcua.dossier.DueDateChange;
import vn.motcua.dossier.Handover;
import vn.motcua.dossier.ReceivedDocuments;
import vn.motcua.organisation.Agency;

/**
 * Everything one letter prints, gathered before rendering so that rendering is a pure function
 * (and golden tests need no database).
 *
 * @param agencies the centre that received the file and the agency that answers for it
 * @param officerName the officer who caused the letter (receiver, guide, returner), blank for the system
 * @param text the event's free text: supplement items, refusal, stop or delay reason
 * @param byAgency a supplement requested by the processing agency rather than at reception
 * @param receipt what only the receipt prints
 * @param apology the appointment change the apology announces
 * @param controlSheet what only the control sheet prints
 * @param result what was handed over, for the result hand-over note
 */
record LetterFacts(LetterKind kind, String number, Instant issuedAt, Dossier dossier, FileAgencies agencies,
        String officerName, String text, boolean byAgency, Receipt receipt, DueDateChange apology,
        ControlSheet controlSheet, Result result) {

    /**
     * @param receivedBy who collected the result, when not the applicant
     * @param refusalNumber the number of the refusal handed over instead of a result
     */
    /** @param fullyOnline a "toàn trình" file: the result is electronic, nothing is signed on paper */
    record Result(String receivedBy, String decisionNumber, String certificateNumber, String note,
            String refusalNumber, boolean fullyOnline) {

        static final Result NONE = new Result(null, null, null, null, null, false);
    }

    /**
     * @param secret the citizen's lookup secret, in clear on the receipt only
     * @param book the file's entry in its desk's tracking book (Sổ theo dõi hồ sơ, BM.06), as the register holds it
     * @param received the papers and sets the desk received
     * @param completeAt when the file became complete, if after its first receipt (a supplement at the desk);
     *        null when it was complete on arrival
     */
    record Receipt(String secret, TrackingBook.Entry book, ReceivedDocuments received, Instant completeAt) {

        static final Receipt NONE = new Receipt(null, new TrackingBook.Entry(0, 0), new ReceivedDocuments(null, List.of()),
                null);
    }

    /**
     * @param handovers the rows, in the order the file reached each step
     * @param officerNames the full names of the rows' assignees
     * @param receptionOfficer who accepted the file at the desk: the giver of the first hand-over
     * @param endedBy how the file ended: result handed over, withdrawn or closed
     */
    record ControlSheet(List<Handover> handovers, Map<String, String> officerNames, String receptionOfficer,
            DossierEvent.Kind endedBy) {

        static final ControlSheet NONE = new ControlSheet(List.of(), Map.of(), null, DossierEvent.Kind.FINISHED);

        ControlSheet {
            handovers = List.copyOf(handovers);
            officerNames = Map.copyOf(officerNames);
        }
    }

    /** @param number null until the issuing agency's sequence gave one ({@link #withNumber}) */
    static LetterFacts of(LetterKind kind, String number, Instant issuedAt, Dossier dossier, FileAgencies agencies,
            String officerName) {
        return new LetterFacts(kind, number, issuedAt, dossier, agencies, officerName, null, false, Receipt.NONE, null,
                ControlSheet.NONE, Result.NONE);
    }

    /** The agency in whose name the letter is issued, numbered and signed. */
    Agency issuer() {
        return IssuingAgency.of(kind, byAgency).in(agencies);
    }

    LetterFacts withNumber(String value) {
        return new LetterFacts(kind, value, issuedAt, dossier, agencies, officerName, text, byAgency, receipt, apology,
                controlSheet, result);
    }

    LetterFacts withOfficer(String value) {
        return new LetterFacts(kind, number, issuedAt, dossier, agencies, value, text, byAgency, receipt, apology,
                controlSheet, result);
    }

    LetterFacts withText(String value) {
        return new LetterFacts(kind, number, issuedAt, dossier, agencies, officerName, value, byAgency, receipt, apology,
                controlSheet, result);
    }

    LetterFacts byAgency(boolean value) {
        return new LetterFacts(kind, number, issuedAt, dossier, agencies, officerName, text, value, receipt, apology,
                controlSheet, result);
    }

    LetterFacts withReceipt(Receipt value) {
        return new LetterFacts(kind, number, issuedAt, dossier, agencies, officerName, text, byAgency, value, apology,
                controlSheet, result);
    }

    LetterFacts withApology(DueDateChange value) {
        return new LetterFacts(kind, number, issuedAt, dossier, agencies, officerName, text, byAgency, receipt, value,
                controlSheet, result);
    }

    LetterFacts withControlSheet(ControlSheet value) {
        return new LetterFacts(kind, number, issuedAt, dossier, agencies, officerName, text, byAgency, receipt, apology,
                value, result);
    }

    LetterFacts withResult(Result value) {
        return new LetterFacts(kind, number, issuedAt, dossier, agencies, officerName, text, byAgency, receipt, apology,
                controlSheet, value);
    }
}
