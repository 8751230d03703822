package vn.motcua.letter;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierDocuments;
import vn.motcua.dossier.DossierEvent;
import vn.motcua.dossier.DossierRegister;
import vn.motcua.dossier.DossierService;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.DueDateChange;
import vn.motcua.dossier.FileClockProperties;
import vn.motcua.dossier.Handover;
import vn.motcua.dossier.Handovers;
import vn.motcua.dossier.StatusChange;
import vn.motcua.system.Messages;

/**
 * Issues the letters of a life-cycle event: numbers them in the issuing agency's sequence, renders
 * their HTML and archives it in the step's own transaction, so a letter exists exactly when its step
 * committed. The (file, event, occurrence, kind) check, under the file's row lock that every step
 * holds, plus the table's unique constraint make a step that runs twice issue nothing the second time.
 */
@Service
public class LetterIssuer {

    static final String HISTORY_EVENT = "LETTER_ISSUED";
    /** The desk's hand-over step in the shared result diagram (dossier-result.bpmn). */
    private static final String RETURN_STEP = "returnResult";

    private final DossierService dossiers;
    private final DossierRegister register;
    private final Handovers handovers;
    private final DossierDocuments documents;
    private final LetterArchive archive;
    private final LetterNumbers numbers;
    private final LookupSecrets secrets;
    private final OfficerNames names;
    private final ExecutionVariables variables;
    private final LetterTemplates templates;
    private final LetterPdfs pdfs;
    private final LetterModels models;
    private final FileAgencyLookup agencies;
    private final TrackingBook trackingBook;

    LetterIssuer(DossierService dossiers, DossierRegister register, Handovers handovers, DossierDocuments documents,
            LetterArchive archive, LetterNumbers numbers, LookupSecrets secrets, OfficerNames names,
            ExecutionVariables variables, LetterTemplates templates, LetterPdfs pdfs, FileAgencyLookup agencies,
            TrackingBook trackingBook, LetterProperties letters, FileClockProperties fileClock) {
        this.agencies = agencies;
        this.trackingBook = trackingBook;
        this.dossiers = dossiers;
        this.register = register;
        this.handovers = handovers;
        this.documents = documents;
        this.archive = archive;
        this.numbers = numbers;
        this.secrets = secrets;
        this.names = names;
        this.variables = variables;
        this.templates = templates;
        this.pdfs = pdfs;
        this.models = new LetterModels(letters, fileClock.supplementDays(), fileClock.returnResultsAt());
    }

    /** @return the letters issued now; empty if the event's letters already exist or it has none */
    @Transactional
    public List<Letter> issueFor(DossierEvent event) {
        List<LetterKind> kinds = LetterKind.forEvent(event.kind());
        if (kinds.isEmpty()) {
            return List.of();
        }
        Dossier dossier = dossiers.get(event.code());
        FileAgencies fileAgencies = agencies.of(dossier);
        return kinds.stream()
                .filter(kind -> !archive.exists(dossier.id(), event.kind(), event.occurrence(), kind))
                .map(kind -> issue(kind, dossier, fileAgencies, event))
                .toList();
    }

    private Letter issue(LetterKind kind, Dossier dossier, FileAgencies fileAgencies, DossierEvent event) {
        Instant at = event.at();
        LetterFacts base = LetterFacts.of(kind, null, at, dossier, fileAgencies, names.of(event.actor()))
                .byAgency(kind == LetterKind.SUPPLEMENT_REQUEST && byAgency(event));
        LetterSeries series = LetterSeries.of(kind, base.issuer());
        String number = series.number(numbers.next(series, VietnameseDates.localDay(at).getYear()));
        LetterFacts facts = facts(base.withNumber(number), event);
        String html = templates.render(kind, models.of(facts));
        long id = archive.insert(dossier.id(), event.kind(), event.occurrence(), kind, number, html, at);
        register.recordEvent(dossier, HISTORY_EVENT, Messages.text("letter.history.issued", kind.title(), number),
                actor(event), at);
        pdfs.issued(id);
        return new Letter(id, dossier.id(), kind, number, kind.title(), at);
    }

    private LetterFacts facts(LetterFacts base, DossierEvent event) {
        Dossier d = base.dossier();
        return switch (base.kind()) {
            // Its entry in the desk's tracking book, kept in the register (docs/legal-rules.md, "Letters").
            case RECEIPT -> base.withReceipt(new LetterFacts.Receipt(secrets.issue(d.id(), d.code(), event.at()),
                    trackingBook.entryFor(d, base.agencies().desk(), event.at()), documents.of(d.id()),
                    // Completed after a supplement at the desk: the file the receipt accepts arrived now (Art 17(3)).
                    d.supplementNoticedAt() != null ? event.at() : null));
            case SUPPLEMENT_REQUEST -> base.withText(first(event.detail(), d.supplementItems()));
            case REFUSAL, STOP_NOTICE -> base.withText(first(event.detail(), d.statusReason()));
            // The leader's reason, else the appraiser's; the register only says "refused with reasons".
            case RESULT_REFUSAL -> base.withText(first(event.detail(),
                    variables.firstText("decisionReason", "refusalReason"), d.statusReason()));
            case APOLOGY -> base.withText(event.detail()).withApology(lastApology(d));
            case CLOSING_NOTICE -> base;
            case RESULT_HANDOVER -> base.withOfficer(first(base.officerName(), returningOfficer(d)))
                    .withText(first(event.detail(), d.resultDelivery())).withResult(
                    new LetterFacts.Result(variables.text("receivedBy"), variables.text("decisionNumber"),
                            variables.text("certificateNumber"), variables.text("returnNote"),
                            archive.latest(d.id(), LetterKind.RESULT_REFUSAL).map(Letter::number).orElse(null),
                            documents.of(d.id()).fullyOnline()));
            case CONTROL_SHEET -> controlSheet(base, d, event.kind());
        };
    }

    private LetterFacts controlSheet(LetterFacts base, Dossier d, DossierEvent.Kind endedBy) {
        List<Handover> rows = handovers.of(d.id());
        return base.withControlSheet(new LetterFacts.ControlSheet(rows,
                names.of(rows.stream().map(Handover::assignee).filter(Objects::nonNull).toList()),
                names.of(receptionOfficer(d)), endedBy));
    }

    /** Who accepted the file at the desk, and so handed it to processing: the first "in progress" status's actor. */
    private String receptionOfficer(Dossier d) {
        return register.statusHistory(d.id()).stream()
                .filter(s -> DossierStatus.IN_PROGRESS.name().equals(s.status())).map(StatusChange::actor)
                .findFirst().orElse(null);
    }

    /** Who held the desk's return step, when the step itself ran without a signed-in officer. */
    private String returningOfficer(Dossier d) {
        List<Handover> returns = handovers.of(d.id()).stream()
                .filter(h -> RETURN_STEP.equals(h.stepKey()) && h.assignee() != null).toList();
        return returns.isEmpty() ? null : names.of(returns.get(returns.size() - 1).assignee());
    }

    private DueDateChange lastApology(Dossier d) {
        List<DueDateChange> apologies = register.dueDateHistory(d.id()).stream()
                .filter(c -> c.kind() == DueDateChange.Kind.APOLOGY).toList();
        return apologies.isEmpty() ? null : apologies.get(apologies.size() - 1);
    }

    /** A supplement asked during appraisal: its occurrences are "agency-1", "agency-2"... */
    private static boolean byAgency(DossierEvent event) {
        return event.occurrence() != null && event.occurrence().startsWith("agency");
    }

    private static String actor(DossierEvent event) {
        return event.actor() == null ? "system" : event.actor();
    }

    private static String first(String... values) {
        return Stream.of(values).filter(v -> v != null && !v.isBlank()).findFirst().orElse(null);
    }
}
