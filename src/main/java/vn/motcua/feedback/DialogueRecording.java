package vn.motcua.feedback;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.calendar.DayFormat;
import vn.motcua.calendar.DeadlineCalculator;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierRegister;
import vn.motcua.organisation.Agency;
import vn.motcua.organisation.OrganisationCatalogue;
import vn.motcua.system.ApiError;
import vn.motcua.system.Messages;
import vn.motcua.system.TimeSource;
import vn.motcua.system.InvalidRequestException;
import vn.motcua.system.Printable;

/**
 * Records a reception dialogue of the caller's desk, from the API or the officers' page: one set of
 * checks (the texts, the order of the times, a file that exists), in Vietnamese, whatever the door.
 */
@Component
class DialogueRecording {

    /** Clocks drift a little; a dialogue longer than a working day is a typing mistake. */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);
    private static final Duration LONGEST = Duration.ofHours(10);

    /** A dialogue as typed; the times are null where the page could not read what was typed. */
    record Input(Instant startedAt, Instant endedAt,
            @NotBlank(message = "{feedback.dialogue.topicRequired}")
            @Size(max = 1000, message = "{feedback.dialogue.topicTooLong}")
            @Printable(label = "{feedback.dialogue.topicLabel}", multiline = true) String topic,
            @NotBlank(message = "{feedback.dialogue.outcomeRequired}")
            @Size(max = 2000, message = "{feedback.dialogue.outcomeTooLong}")
            @Printable(label = "{feedback.dialogue.outcomeLabel}", multiline = true) String outcome,
            @Size(max = 60, message = "{feedback.dossierCode.tooLong}") String dossierCode,
            @Size(max = 200, message = "{feedback.personName.tooLong}")
            @Printable(label = "{feedback.dialogue.personNameLabel}") String personName) {
    }

    /** The fields in the order the page shows them, so problems are listed in that order. */
    private static final List<String> FIELDS = List.of("startedAt", "endedAt", "topic", "outcome", "dossierCode", "personName");

    /** @param longer whether it took longer than the rules' limit (feedback/rules.yaml) */
    record DialogueView(long id, String officer, String dossierCode, String personName, String topic, String outcome,
            String startedAt, String endedAt, long minutes, boolean longer) {
    }

    private final DeskDialogues dialogues;
    private final DossierRegister register;
    private final OrganisationCatalogue organisation;
    private final FeedbackRules rules;
    private final TimeSource clock;
    private final Validator validator;

    DialogueRecording(DeskDialogues dialogues, DossierRegister register, OrganisationCatalogue organisation,
            FeedbackRules rules, TimeSource clock, Validator validator) {
        this.dialogues = dialogues;
        this.register = register;
        this.organisation = organisation;
        this.rules = rules;
        this.clock = clock;
        this.validator = validator;
    }

    /** Every problem of a dialogue as typed, in the order of the page's fields; empty if it can be recorded. */
    List<ApiError.FieldProblem> problems(Input in) {
        List<ApiError.FieldProblem> problems = new ArrayList<>(validator.validate(in).stream()
                .map(v -> new ApiError.FieldProblem(v.getPropertyPath().toString(), v.getMessage())).toList());
        if (in.startedAt() != null && in.endedAt() != null) {
            if (!in.endedAt().isAfter(in.startedAt())) {
                problems.add(new ApiError.FieldProblem("endedAt", Messages.text("feedback.dialogue.endsBeforeStart")));
            } else if (Duration.between(in.startedAt(), in.endedAt()).compareTo(LONGEST) > 0) {
                problems.add(new ApiError.FieldProblem("endedAt", Messages.text("feedback.dialogue.tooLong")));
            }
            if (in.endedAt().isAfter(clock.now().plus(CLOCK_SKEW))) {
                problems.add(new ApiError.FieldProblem("endedAt", Messages.text("feedback.dialogue.endsInFuture")));
            }
        }
        String code = blankToNull(in.dossierCode());
        if (code != null && code.length() <= 60 && register.findByCode(code).isEmpty()) {
            problems.add(new ApiError.FieldProblem("dossierCode", Messages.text("feedback.dialogue.noSuchFile", code)));
        }
        problems.sort(Comparator.comparingInt(p -> FIELDS.indexOf(p.field()) < 0 ? FIELDS.size() : FIELDS.indexOf(p.field())));
        return problems;
    }

    /** @throws InvalidRequestException with every problem found, nothing stored */
    @Transactional
    DeskDialogue record(Input in, String officer, Set<String> groups) {
        List<ApiError.FieldProblem> problems = problems(in);
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        Instant now = clock.now();
        String code = blankToNull(in.dossierCode());
        Optional<Dossier> file = code == null ? Optional.empty() : register.findByCode(code);
        Agency desk = deskOf(groups);
        DeskDialogue d = new DeskDialogue(0, desk.staffGroup(), officer, code, file.map(Dossier::id).orElse(null),
                blankToNull(in.personName()), in.topic().strip(), in.outcome().strip(), in.startedAt(), in.endedAt());
        long id = dialogues.insert(d, now);
        return new DeskDialogue(id, d.deskGroup(), d.officer(), d.dossierCode(), d.dossierId(), d.personName(), d.topic(),
                d.outcome(), d.startedAt(), d.endedAt());
    }

    /** The caller's desk: the page and the API are for desk officers only. */
    Agency deskOf(Set<String> groups) {
        return organisation.current().deskOf(groups).orElseThrow();
    }

    List<DeskDialogue> ofDesk(Set<String> groups) {
        return dialogues.ofDesk(deskOf(groups).staffGroup());
    }

    /** The desk's dialogues begun today (the engine's clock, Vietnam's day), newest first. */
    List<DeskDialogue> today(Set<String> groups) {
        LocalDate today = clock.today();
        return ofDesk(groups).stream()
                .filter(d -> d.startedAt().atZone(DeadlineCalculator.ZONE).toLocalDate().equals(today)).toList();
    }

    DialogueView view(DeskDialogue d) {
        return new DialogueView(d.id(), d.officer(), d.dossierCode(), d.personName(), d.topic(), d.outcome(),
                DayFormat.ofMoment(d.startedAt()), DayFormat.ofMoment(d.endedAt()), d.minutes(),
                d.minutes() > rules.longDialogueMinutes());
    }

    int longAfterMinutes() {
        return rules.longDialogueMinutes();
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
