package vn.motcua.dossier;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import vn.motcua.calendar.DayFormat;
import vn.motcua.system.Messages;

/**
 * What every task form shows of its file before the officer decides (the applicant, the parcel,
 * the request, the papers received, the appointment), as the form variables the forms' header text
 * names ({@code {{fileApplicant}}}...). The forms render them as Markdown, so what the applicant
 * or the desk typed is escaped: a name cannot turn into a link or a heading.
 */
record FileEssentials(Dossier dossier, ReceivedDocuments received) {

    static final String APPLICANT = "fileApplicant";
    static final String PARCEL = "fileParcel";
    static final String REQUEST = "fileRequest";
    static final String DOCUMENTS = "fileDocuments";
    static final String DUE_DATE = "fileDueDate";
    /** Every variable {@link #variables()} gives. */
    static final Set<String> NAMES = Set.of(APPLICANT, PARCEL, REQUEST, DOCUMENTS, DUE_DATE);

    /** Said where the desk left a line empty. */
    private static final String NOT_GIVEN = "dossier.essentials.notGiven";

    Map<String, Object> variables() {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put(APPLICANT, applicant());
        variables.put(PARCEL, parcel());
        variables.put(REQUEST, text(dossier.requestSummary()));
        variables.put(DOCUMENTS, documents());
        variables.put(DUE_DATE, dueDate(dossier));
        return variables;
    }

    /** The appointment as a person reads it, with the reason it may not be counting. */
    static String dueDate(Dossier dossier) {
        if (dossier.dueDate() == null) {
            return Messages.text("dossier.essentials.notDueYet");
        }
        return dossier.isPaused() ? Messages.text("dossier.essentials.duePaused", DayFormat.of(dossier.dueDate()))
                : DayFormat.of(dossier.dueDate());
    }

    private String applicant() {
        Dossier.Applicant applicant = dossier.applicant();
        String name = text(applicant.fullName());
        return blank(applicant.idNumber()) ? name
                : Messages.text("dossier.essentials.applicantWithId", name, text(applicant.idNumber()));
    }

    private String parcel() {
        Dossier.Parcel parcel = dossier.parcel();
        if (parcel == null) {
            return Messages.text(NOT_GIVEN);
        }
        StringBuilder line = new StringBuilder();
        if (!blank(parcel.mapSheet())) {
            line.append(Messages.text("dossier.essentials.mapSheet", text(parcel.mapSheet())));
        }
        if (!blank(parcel.parcelNumber())) {
            line.append(line.isEmpty() ? "" : ", ")
                    .append(Messages.text("dossier.essentials.parcelNumber", text(parcel.parcelNumber())));
        }
        if (!blank(parcel.address())) {
            line.append(line.isEmpty() ? "" : ", ").append(text(parcel.address()));
        }
        return line.isEmpty() ? Messages.text(NOT_GIVEN) : line.toString();
    }

    private String documents() {
        List<ReceivedDocument> papers = received.documents();
        if (papers.isEmpty()) {
            return Messages.text(NOT_GIVEN);
        }
        String list = papers.stream().map(FileEssentials::paper).collect(Collectors.joining("; "));
        return received.fullyOnline() ? Messages.text("dossier.essentials.fullyOnline", list) : list;
    }

    private static String paper(ReceivedDocument paper) {
        String said = paper.type() == null ? "" : paper.type().label();
        if (paper.count() != null) {
            said += (said.isEmpty() ? "" : ", ") + String.format("%02d", paper.count());
        }
        if (paper.sha256() != null) {
            // the first characters are enough for the desk to compare with what it opens on the portal
            said += (said.isEmpty() ? "" : ", ") + "SHA-256 " + paper.sha256().substring(0, 12) + "…";
        }
        return text(paper.name()) + (said.isEmpty() ? "" : " (" + said + ")");
    }

    /** One line of Markdown that shows exactly what was typed. */
    static String text(String typed) {
        if (blank(typed)) {
            return Messages.text(NOT_GIVEN);
        }
        StringBuilder escaped = new StringBuilder();
        for (char c : typed.strip().replaceAll("\\s+", " ").toCharArray()) {
            if ("\\`*_{}[]()<>#+-.!|~&".indexOf(c) >= 0) {
                escaped.append('\\');
            }
            escaped.append(c);
        }
        return escaped.toString();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
