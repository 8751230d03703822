package vn.motcua.letter;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.ReceivedDocument;
import vn.motcua.dossier.ReceivedDocuments;
import vn.motcua.dossier.Timeliness;
import vn.motcua.organisation.Agency;
import vn.motcua.organisation.GroupNames;
import vn.motcua.system.Messages;

/**
 * The values a letter prints, computed and formatted here so templates only lay them out. Every
 * value is a string (blank when unknown), a boolean or a list of those, never null. The letterhead,
 * the date line's place and the head's signature are the issuing agency's ({@link IssuingAgency});
 * the desk's name, address and phone are those of the centre that received the file.
 */
final class LetterModels {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    private final LetterProperties letters;
    private final int supplementDays;
    private final LocalTime returnResultsAt;

    /**
     * @param supplementDays days an applicant has to complete a file before it is closed
     * @param returnResultsAt the hour of the appointment day at which results are returned
     */
    LetterModels(LetterProperties letters, int supplementDays, LocalTime returnResultsAt) {
        this.letters = letters;
        this.supplementDays = supplementDays;
        this.returnResultsAt = returnResultsAt;
    }

    Map<String, Object> of(LetterFacts facts) {
        Map<String, Object> model = common(facts);
        switch (facts.kind()) {
            case RECEIPT -> receipt(facts, model);
            case SUPPLEMENT_REQUEST -> supplementRequest(facts, model);
            case REFUSAL, RESULT_REFUSAL -> refusal(facts, model);
            case APOLOGY -> apology(facts, model);
            case STOP_NOTICE -> stopNotice(facts, model);
            case CLOSING_NOTICE -> closingNotice(facts, model);
            case RESULT_HANDOVER -> resultHandover(facts, model);
            case CONTROL_SHEET -> controlSheet(facts, model);
        }
        return model;
    }

    private Map<String, Object> common(LetterFacts facts) {
        Dossier d = facts.dossier();
        Agency issuer = facts.issuer();
        Agency desk = facts.agencies().desk();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", facts.kind().title());
        m.put("heading", facts.kind().heading());
        m.put("number", text(facts.number()));
        letterhead(m, "parentAgency", upper(issuer.parent()));
        letterhead(m, "issuer", upper(issuer.name()));
        m.put("issuerName", text(issuer.name()));
        // Decree 30/2020 Annex I: the place where the issuing agency sits, else where the file was received.
        m.put("placeDate", VietnameseDates.placeAndDate(blank(issuer.place()) ? desk.place() : issuer.place(),
                VietnameseDates.localDay(facts.issuedAt())));
        m.put("code", d.code());
        m.put("applicant", applicant(d.applicant()));
        m.put("procedure", text(d.procedureName()));
        m.put("requestSummary", text(d.requestSummary()));
        // BM.01-03 "Nội dung yêu cầu giải quyết": what the applicant asked for; the procedure when nothing was typed.
        m.put("request", blank(d.requestSummary()) ? text(d.procedureName()) : text(d.requestSummary()));
        m.put("parcel", parcel(d.parcel()));
        m.put("channel", d.channel().label());
        m.put("receivedAt", d.receivedAt() == null ? "" : VietnameseDates.hoursMinutesDay(d.receivedAt()));
        m.put("receivedDay", VietnameseDates.day(d.receivedAt()));
        m.put("dueDate", VietnameseDates.day(d.dueDate()));
        m.put("dueAt", returnTime(d.dueDate()));
        m.put("deskAgency", text(desk.name()));
        m.put("deskAddress", text(desk.address()));
        m.put("deskPhone", text(desk.phone()));
        m.put("processingAgency", text(facts.agencies().processing().name()));
        m.put("officer", text(facts.officerName()));
        m.put("signatures", List.of());
        m.put("recipients", List.of());
        return m;
    }

    /**
     * What the receipt's QR code opens: the lookup page with the code in the address and the secret in
     * the fragment ({@code #secret=}), which the browser never sends, so no log or proxy keeps it; the
     * page's script copies it into the form. Without a lookup page configured: the file code alone.
     */
    String qrText(String code, String secret) {
        if (letters.lookupUrl().isEmpty()) {
            return code;
        }
        String page = letters.lookupUrl() + "?ma=" + java.net.URLEncoder.encode(code, java.nio.charset.StandardCharsets.UTF_8);
        return secret == null || secret.isBlank() ? page : page + "#secret=" + secret;
    }

    private void receipt(LetterFacts facts, Map<String, Object> m) {
        Dossier d = facts.dossier();
        m.put("qr", QrCodes.pngDataUri(qrText(d.code(), facts.receipt().secret())));
        if (facts.receipt().completeAt() != null) {
            m.put("receivedAt", VietnameseDates.hoursMinutesDay(facts.receipt().completeAt()));
        }
        m.put("secret", text(facts.receipt().secret()));
        m.put("bookNumber", String.valueOf(facts.receipt().book().book()));
        m.put("bookEntry", String.format("%02d", facts.receipt().book().entry()));
        m.put("lookupUrl", letters.lookupUrl());
        String days = "CALENDAR_DAYS".equals(d.timeLimitKind()) ? "letter.receipt.calendarDays"
                : "letter.receipt.workingDays";
        m.put("timeLimit", d.timeLimitDays() == null ? ""
                : Messages.text(days, String.format("%02d", d.timeLimitDays())));
        ReceivedDocuments received = facts.receipt().received();
        m.put("documents", received.documents().stream().map(LetterModels::document).toList());
        m.put("fullyOnline", received.fullyOnline());
        if (received.fullyOnline()) {
            // "Toàn trình": no paper is handed in or out at any step (Decree 118/2025 Art 17).
            m.put("deliveryPlace", Messages.text("letter.receipt.onlineDeliveryPlace"));
            m.put("sets", Messages.text("letter.receipt.onlineSets"));
        } else {
            m.put("deliveryPlace", join(", ", facts.agencies().desk().name(), facts.agencies().desk().address()));
            m.put("sets", received.sets() == null ? ""
                    : Messages.text("letter.receipt.sets", String.format("%02d", received.sets())));
        }
        m.put("signatures", List.of(
                personSignature("letter.signature.applicant", d.applicant().fullName()),
                personSignature("letter.signature.receivingOfficer", facts.officerName())));
    }

    private void supplementRequest(LetterFacts facts, Map<String, Object> m) {
        ItemList list = ItemList.parse(facts.text());
        m.put("items", list.items());
        m.put("reason", !list.reason().isEmpty() ? list.reason() : facts.byAgency()
                ? Messages.text("letter.supplement.reasonAfterAppraisal")
                : Messages.text("letter.supplement.reasonAtDesk"));
        m.put("requester", text(facts.issuer().name()));
        m.put("byAgency", facts.byAgency());
        m.put("supplementDays", String.format("%02d", supplementDays));
        m.put("signatures", List.of(Map.of(), personSignature("letter.signature.guide", facts.officerName())));
    }

    private void refusal(LetterFacts facts, Map<String, Object> m) {
        boolean afterAppraisal = facts.kind() == LetterKind.RESULT_REFUSAL;
        ItemList list = ItemList.parse(facts.text());
        List<String> reasons = new ArrayList<>(list.items());
        if (!list.reason().isEmpty()) {
            reasons.add(list.reason());
        }
        m.put("reasons", reasons);
        m.put("afterAppraisal", afterAppraisal);
        m.put("signatures", afterAppraisal
                ? List.of(Map.of(), headSignature(facts.issuer()))
                : List.of(personSignature("letter.signature.applicant", facts.dossier().applicant().fullName()),
                        personSignature("letter.signature.receivingOfficer", facts.officerName())));
        if (afterAppraisal) {
            m.put("recipients", recipients("letter.recipients.deskReturnsTheFile", facts));
        }
    }

    private void apology(LetterFacts facts, Map<String, Object> m) {
        LocalDate oldDue = facts.apology() != null ? facts.apology().oldDue() : null;
        LocalDate newDue = facts.apology() != null ? facts.apology().newDue() : facts.dossier().dueDate();
        m.put("oldDue", returnTime(oldDue));
        // Sent on or after the appointment day (a late apology): the result was not returned on time, BM.04's words.
        m.put("late", oldDue != null && !VietnameseDates.localDay(facts.issuedAt()).isBefore(oldDue));
        m.put("newDue", returnTime(newDue));
        m.put("reason", text(facts.text() != null ? facts.text()
                : facts.apology() != null ? facts.apology().reason() : null));
        m.put("signatures", List.of(Map.of(), headSignature(facts.issuer())));
        // Decree 118/2025 Art 19(6): the desk is told in writing so it changes the appointment.
        m.put("recipients", recipients("letter.recipients.deskMovesTheAppointment", facts));
    }

    private void stopNotice(LetterFacts facts, Map<String, Object> m) {
        m.put("reason", text(facts.text()));
        m.put("stopDay", VietnameseDates.day(facts.issuedAt()));
        m.put("signatures", List.of(Map.of(), headSignature(facts.issuer())));
        // The desk holds the papers and gives them back.
        m.put("recipients", recipients("letter.recipients.deskGivesBackTheFile", facts));
    }

    private void closingNotice(LetterFacts facts, Map<String, Object> m) {
        Dossier d = facts.dossier();
        m.put("noticedDay", VietnameseDates.day(d.supplementNoticedAt()));
        m.put("items", ItemList.parse(d.supplementItems()).items());
        m.put("supplementDays", String.format("%02d", supplementDays));
        m.put("signatures", List.of(Map.of(), headSignature(facts.issuer())));
        m.put("recipients",
                List.of(Messages.text("letter.recipients.addressee"), Messages.text("letter.recipients.archive")));
    }

    private void resultHandover(LetterFacts facts, Map<String, Object> m) {
        Dossier d = facts.dossier();
        LetterFacts.Result result = facts.result();
        String receiver = blank(result.receivedBy()) ? d.applicant().fullName() : result.receivedBy();
        m.put("handedAt", VietnameseDates.hoursMinutesDay(facts.issuedAt()));
        m.put("receivedBy", text(receiver));
        m.put("approved", !"REFUSED".equals(d.resultOutcome()));
        m.put("decisionNumber", text(result.decisionNumber()));
        m.put("certificateNumber", text(result.certificateNumber()));
        m.put("refusalNumber", text(result.refusalNumber()));
        m.put("note", text(result.note()));
        m.put("delivery", result.fullyOnline() ? Messages.text("letter.delivery.fullyOnline")
                : delivery(facts.text() != null ? facts.text() : d.resultDelivery()));
        m.put("fullyOnline", result.fullyOnline());
        m.put("finishedDay", VietnameseDates.day(facts.issuedAt()));
        m.put("timeliness", d.dueDate() == null ? ""
                : Timeliness.of(VietnameseDates.localDay(facts.issuedAt()), d.dueDate()).label());
        m.put("signatures", List.of(personSignature("letter.signature.resultReceiver", receiver),
                personSignature("letter.signature.resultGiver", facts.officerName())));
    }

    private void controlSheet(LetterFacts facts, Map<String, Object> m) {
        // BM.05 "Cơ quan phối hợp giải quyết hồ sơ": the agencies that held a step besides the one that answers
        // for the file and the desk, in the order they first held it.
        Set<String> partners = new LinkedHashSet<>();
        String lead = facts.agencies().processing().id();
        String desk = facts.agencies().desk().id();
        facts.controlSheet().handovers().forEach(h -> GroupNames.agency(h.unit())
                .filter(a -> !a.id().equals(lead) && !a.id().equals(desk)).ifPresent(a -> partners.add(text(a.name()))));
        m.put("rows", ControlSheetRows.of(facts.controlSheet(), deskName(facts)));
        m.put("partners",
                partners.isEmpty() ? Messages.text("letter.controlSheet.noPartners") : String.join("; ", partners));
        Dossier d = facts.dossier();
        m.put("endedAt", VietnameseDates.hoursMinutesDay(facts.issuedAt()));
        switch (facts.controlSheet().endedBy()) {
            case WITHDRAWN -> {
                m.put("ending", Messages.text("letter.controlSheet.ending.WITHDRAWN"));
                m.put("endingNote", Messages.text("letter.controlSheet.endingNote.WITHDRAWN"));
            }
            case CLOSED -> {
                m.put("ending", Messages.text("letter.controlSheet.ending.CLOSED"));
                m.put("endingNote", Messages.text("letter.controlSheet.endingNote.CLOSED"));
            }
            default -> {
                m.put("ending", Messages.text("letter.controlSheet.ending.result"));
                m.put("endingNote", d.dueDate() == null ? ""
                        : Timeliness.of(VietnameseDates.localDay(facts.issuedAt()), d.dueDate()).label()
                                .toLowerCase(VIETNAMESE));
            }
        }
    }

    /** "16 giờ 30 phút, ngày 21/12/2026": an appointment day as the forms write a return time. */
    private String returnTime(LocalDate day) {
        return day == null ? "" : VietnameseDates.hoursMinutesDay(day, returnResultsAt);
    }

    /** "issuer" and "issuerPlace": the name's lead and the place it ends in, which the layout keeps on one line. */
    private static void letterhead(Map<String, Object> m, String key, String upperCaseName) {
        LetterheadName name = LetterheadName.of(upperCaseName);
        m.put(key, name.lead());
        m.put(key + "Place", name.place());
    }

    /** The issuing agency's head signs; a blank name leaves the line for a handwritten one. */
    private static Map<String, Object> headSignature(Agency issuer) {
        String title = blank(issuer.headTitle()) ? Messages.text("letter.signature.genericHead") : issuer.headTitle();
        return signature(upper(title), Messages.text("letter.signature.headHint"), issuer.headName());
    }

    /** A person signs under their role ("NGƯỜI NỘP HỒ SƠ") and the hint to write their name. */
    private static Map<String, Object> personSignature(String roleKey, String name) {
        return signature(Messages.text(roleKey), Messages.text("letter.signature.personHint"), name);
    }

    /** "Nơi nhận": the addressee, the desk and why it is told, the archive. */
    private static List<String> recipients(String deskKey, LetterFacts facts) {
        return List.of(Messages.text("letter.recipients.addressee"), Messages.text(deskKey, deskName(facts)),
                Messages.text("letter.recipients.archive"));
    }

    private static String deskName(LetterFacts facts) {
        return text(facts.agencies().desk().name());
    }

    private static Map<String, Object> applicant(Dossier.Applicant a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", text(a.fullName()));
        m.put("idNumber", text(a.idNumber()));
        m.put("phone", text(a.phone()));
        m.put("email", text(a.email()));
        m.put("address", text(a.address()));
        return m;
    }

    /** "Giấy chứng nhận quyền sử dụng đất: 01 bản chính", or only what the desk said. */
    private static String document(ReceivedDocument d) {
        String how = join(" ", d.count() == null ? null : String.format("%02d", d.count()),
                d.type() != null ? d.type().label()
                        : d.count() != null ? Messages.text("letter.receipt.copies") : null);
        return join(": ", text(d.name()), how);
    }

    private static String parcel(Dossier.Parcel p) {
        if (p == null) {
            return "";
        }
        // "số 345, tờ bản đồ số 12, Thôn Đông, xã Long Thành" under the label "Thửa đất".
        return join(", ", blank(p.parcelNumber()) ? null : Messages.text("letter.parcel.number", p.parcelNumber()),
                blank(p.mapSheet()) ? null : Messages.text("letter.parcel.mapSheet", p.mapSheet()), text(p.address()));
    }

    private static Map<String, Object> signature(String role, String hint, String name) {
        return Map.of("role", role, "hint", hint, "name", text(name));
    }

    private static String delivery(String channel) {
        String key = "POST".equals(channel) || "ONLINE".equals(channel) ? "letter.delivery." + channel
                : "letter.delivery.inPerson";
        return Messages.text(key);
    }

    /** A unit's Camunda group as people call it; a leaders' group is that unit's leadership. */
    static String unitName(String groupId) {
        return GroupNames.of(groupId);
    }

    private static String upper(String value) {
        return text(value).toUpperCase(VIETNAMESE);
    }

    private static String join(String separator, String... parts) {
        return Stream.of(parts).filter(p -> !blank(p)).collect(Collectors.joining(separator));
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }
}
