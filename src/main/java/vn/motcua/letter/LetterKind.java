package vn.motcua.letter;

import java.util.List;
import java.util.Locale;

import vn.motcua.dossier.DossierEvent;
import vn.motcua.system.Messages;

/**
 * The papers a file produces. Number prefixes follow the one-stop forms (PBS, PTC, PXL, PKS) and
 * Decree 30/2020's abbreviations for the others (TB thông báo, BB biên bản). Which agency issues each
 * kind is decided in {@link IssuingAgency}. Titles are in {@code messages/letter.properties}, keyed by the constant.
 */
public enum LetterKind {

    RECEIPT("TNHS", "receipt", true),
    SUPPLEMENT_REQUEST("PBS", "supplement-request", true),
    REFUSAL("PTC", "refusal", true),
    /** Refused after appraisal: issued by the processing agency, returned through the desk (Art 19(3)). */
    RESULT_REFUSAL("PTC", "refusal", true),
    /**
     * Signed by the head of the processing agency (Art 19(6)). Decree 118/2025 Art 19(6) names the form
     * "Phiếu đề nghị gia hạn thời gian giải quyết" and has it carry the apology; the 2025 form (BM.04)
     * is titled "Phiếu xin lỗi và đề nghị gia hạn thời gian giải quyết", the decree's words whole after
     * the apology. The letter takes BM.04's title word for word. "...hẹn lại ngày trả kết quả" was the
     * 2018 form's title.
     */
    APOLOGY("PXL", "apology", true),
    STOP_NOTICE("TB", "stop-notice", true),
    CLOSING_NOTICE("TB", "closing-notice", true),
    RESULT_HANDOVER("BB", "result-handover", true),
    /** An internal record of every hand-over, closed when the file ends however it ends; not shown to citizens. */
    CONTROL_SHEET("PKS", "control-sheet", false);

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    private final String numberPrefix;
    private final String template;
    private final boolean citizenVisible;

    LetterKind(String numberPrefix, String template, boolean citizenVisible) {
        this.numberPrefix = numberPrefix;
        this.template = template;
        this.citizenVisible = citizenVisible;
    }

    /** The letters one life-cycle event produces, in the order they are issued. */
    public static List<LetterKind> forEvent(DossierEvent.Kind event) {
        return switch (event) {
            case ACCEPTED -> List.of(RECEIPT);
            case SUPPLEMENT_REQUESTED -> List.of(SUPPLEMENT_REQUEST);
            case REFUSED -> List.of(REFUSAL);
            case RESULT_REFUSED -> List.of(RESULT_REFUSAL);
            case EXTENDED -> List.of(APOLOGY);
            // BM.05 follows every file to its end, not only to a result.
            case WITHDRAWN -> List.of(STOP_NOTICE, CONTROL_SHEET);
            case CLOSED -> List.of(CLOSING_NOTICE, CONTROL_SHEET);
            case FINISHED -> List.of(RESULT_HANDOVER, CONTROL_SHEET);
        };
    }

    /** As in a sentence or a list: "Giấy tiếp nhận hồ sơ và hẹn trả kết quả". */
    public String title() {
        return Messages.text("letter.kind." + name());
    }

    /** As printed under the header: upper case, Decree 30/2020 style. */
    public String heading() {
        return title().toUpperCase(VIETNAMESE);
    }

    public String numberPrefix() {
        return numberPrefix;
    }

    /** Template file (without {@code .ftlh}) in {@code templates/letters/}. */
    String template() {
        return template;
    }

    public boolean citizenVisible() {
        return citizenVisible;
    }

    /** File name stem, also the golden file's name: {@code result-refusal}. */
    String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
