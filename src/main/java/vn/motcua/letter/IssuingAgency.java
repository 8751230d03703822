package vn.motcua.letter;

import vn.motcua.organisation.Agency;

/**
 * Whose name a letter carries: the centre whose desk received the file, or the agency that answers
 * for it (the route's agency for the procedure's {@code processingUnit}). Decided here, kind by kind,
 * so the letterhead, the signature and the number always come from the same agency.
 */
enum IssuingAgency {

    RECEIVING_CENTRE, PROCESSING_AGENCY;

    /** @param byAgency a supplement request from the processing agency rather than from the desk */
    static IssuingAgency of(LetterKind kind, boolean byAgency) {
        return switch (kind) {
            // The desk receives, asks at reception for what is missing (once) and refuses what it cannot
            // accept, whatever commune the parcel lies in (Decree 118/2025 Art 14(2), 16(3); BM.01-BM.03).
            case RECEIPT, REFUSAL -> RECEIVING_CENTRE;
            // Asked during appraisal, the request is the processing agency's; the desk only forwards it (Art 19(5)).
            case SUPPLEMENT_REQUEST -> byAgency ? PROCESSING_AGENCY : RECEIVING_CENTRE;
            // The agency that decides refuses (Art 19(3)), apologises for its own delay and asks for the new
            // date (Art 19(6), BM.04), and stops deciding when the applicant withdraws (Art 21).
            case RESULT_REFUSAL, APOLOGY, STOP_NOTICE -> PROCESSING_AGENCY;
            // The desk returns results (Art 20), closes a file whose supplement never came (Art 19(5)) and
            // keeps the control sheet that follows the file from reception (BM.05).
            case RESULT_HANDOVER, CLOSING_NOTICE, CONTROL_SHEET -> RECEIVING_CENTRE;
        };
    }

    Agency in(FileAgencies agencies) {
        return this == RECEIVING_CENTRE ? agencies.desk() : agencies.processing();
    }
}
