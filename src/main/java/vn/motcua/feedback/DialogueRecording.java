package vn.motcua.feedback;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.calendar.DayFormat;
import vn.motcua.calendar.DeadlineCalculator;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierRegister;
import vn.motcua.organisation.Agency;
import vn.motcua.organisation.OrganisationCatalogue;
import vn.motcua.system.ApiError;
import vn.motcua.system.EngineClock;
import vn.motcua.system.InvalidRequestException;

/**
 * Records a reception dialogue of the caller's desk, from the API or the officers' page: one set of
 * checks (the order of the times, a file that exists), in Vietnamese, whatever the door.
 */
@Component
class DialogueRecording {

    /** Clocks drift a little; a dialogue longer than a working day is a typing mistake. */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);
    private static final Duration LONGEST = Duration.ofHours(10);

    /** A dialogue as typed, its texts already checked for length and printable characters. */
    record Input(Instant startedAt, Instant endedAt, String topic, String outcome, String dossierCode, String personName) {
    }

    /** @param longer whether it took longer than the rules' limit (feedback/rules.yaml) */
    record DialogueView(long id, String officer, String dossierCode, String personName, String topic, String outcome,
            String startedAt, String endedAt, long minutes, boolean longer) {
    }

    private final DeskDialogues dialogues;
    private final DossierRegister register;
    private final OrganisationCatalogue organisation;
    private final FeedbackRules rules;
    private final EngineClock clock;

    DialogueRecording(DeskDialogues dialogues, DossierRegister register, OrganisationCatalogue organisation,
            FeedbackRules rules, EngineClock clock) {
        this.dialogues = dialogues;
        this.register = register;
        this.organisation = organisation;
        this.rules = rules;
        this.clock = clock;
    }

    /** @throws InvalidRequestException with every problem found, nothing stored */
    @Transactional
    DeskDialogue record(Input in, String officer, Set<String> groups) {
        List<ApiError.FieldProblem> problems = new ArrayList<>();
        Instant now = clock.now();
        if (!in.endedAt().isAfter(in.startedAt())) {
            problems.add(new ApiError.FieldProblem("endedAt", "Thời điểm kết thúc phải sau thời điểm bắt đầu."));
        } else if (Duration.between(in.startedAt(), in.endedAt()).compareTo(LONGEST) > 0) {
            problems.add(new ApiError.FieldProblem("endedAt", "Một lần đối thoại không dài quá 10 giờ; hãy kiểm tra lại thời điểm."));
        }
        if (in.endedAt().isAfter(now.plus(CLOCK_SKEW))) {
            problems.add(new ApiError.FieldProblem("endedAt", "Thời điểm kết thúc không được ở tương lai."));
        }
        String code = blankToNull(in.dossierCode());
        Optional<Dossier> file = code == null ? Optional.empty() : register.findByCode(code);
        if (code != null && file.isEmpty()) {
            problems.add(new ApiError.FieldProblem("dossierCode", "Không tìm thấy hồ sơ có mã " + code + "."));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
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
