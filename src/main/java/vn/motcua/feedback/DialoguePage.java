package vn.motcua.feedback;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

import vn.motcua.calendar.DeadlineCalculator;
import vn.motcua.organisation.GroupNames;
import vn.motcua.security.Officers;
import vn.motcua.system.ApiError;
import vn.motcua.system.Messages;
import vn.motcua.system.TimeSource;
import vn.motcua.system.InvalidRequestException;

/**
 * {@code /dialogues}: the desk officer records a reception dialogue in the browser (the officers' login
 * of Tasklist or the file pages) and sees the desk's dialogues of today, the long ones marked. The same
 * checks as {@code POST /api/dialogues} ({@link DialogueRecording}); a refused form comes back with a 400
 * and the reasons in Vietnamese, as typed.
 */
@Controller
@RequestMapping("/dialogues")
class DialoguePage {

    /** How officers type a moment: 06/12/2026 08:30. */
    static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final String MOMENT_PATTERN = "(\\s*|[0-9]{2}/[0-9]{2}/[0-9]{4} [0-9]{2}:[0-9]{2})";

    /** The form as typed; strings only, so a bad date comes back to the officer as it was. The texts are checked by {@link DialogueRecording}. */
    record DialogueForm(
            @NotBlank(message = "{feedback.dialogue.page.startedAtRequired}")
            @Pattern(regexp = MOMENT_PATTERN, message = "{feedback.dialogue.page.startedAtFormat}")
            String startedAt,
            @NotBlank(message = "{feedback.dialogue.page.endedAtRequired}")
            @Pattern(regexp = MOMENT_PATTERN, message = "{feedback.dialogue.page.endedAtFormat}")
            String endedAt,
            String topic, String outcome, String dossierCode, String personName) {
    }

    private final DialogueRecording recording;
    private final Officers officers;
    private final Validator validator;
    private final TimeSource clock;

    DialoguePage(DialogueRecording recording, Officers officers, Validator validator, TimeSource clock) {
        this.recording = recording;
        this.officers = officers;
        this.validator = validator;
        this.clock = clock;
    }

    @GetMapping
    ModelAndView page(@RequestParam(required = false) Long recorded, Authentication caller) {
        if (!officers.atDesk(caller)) {
            return notAtDesk();
        }
        String now = MOMENT.format(clock.now().atZone(DeadlineCalculator.ZONE));
        return page(caller, new DialogueForm(now, now, "", "", "", ""), List.of(), recorded, HttpStatus.OK);
    }

    @PostMapping
    ModelAndView record(@ModelAttribute DialogueForm form, Authentication caller) {
        if (!officers.atDesk(caller)) {
            return notAtDesk();
        }
        List<String> problems = new ArrayList<>(validator.validate(form).stream()
                .sorted(Comparator.comparing(v -> v.getPropertyPath().toString().equals("startedAt") ? 0 : 1))
                .map(v -> v.getMessage()).toList());
        Instant startedAt = problems.isEmpty() ? moment(form.startedAt(), problems) : null;
        Instant endedAt = startedAt != null ? moment(form.endedAt(), problems) : null;
        DialogueRecording.Input input = new DialogueRecording.Input(startedAt, endedAt, form.topic(), form.outcome(),
                form.dossierCode(), form.personName());
        recording.problems(input).stream().map(ApiError.FieldProblem::message).forEach(problems::add);
        if (problems.isEmpty()) {
            try {
                DeskDialogue d = recording.record(input, caller.getName(), Officers.groupsOf(caller));
                RedirectView saved = new RedirectView("/dialogues?recorded=" + d.id(), true);
                saved.setStatusCode(HttpStatus.SEE_OTHER);
                return new ModelAndView(saved);
            } catch (InvalidRequestException e) {
                e.problems().stream().map(ApiError.FieldProblem::message).forEach(problems::add);
            }
        }
        return page(caller, form, problems, null, HttpStatus.BAD_REQUEST);
    }

    private ModelAndView page(Authentication caller, DialogueForm form, List<String> problems, Long recorded,
            HttpStatus status) {
        var groups = Officers.groupsOf(caller);
        List<DialogueRecording.DialogueView> today = recording.today(groups).stream().map(recording::view).toList();
        return new ModelAndView("dialogues/dialogues", Map.of("officer", caller.getName(), "form", form,
                "problems", problems, "today", today, "recorded", recorded == null ? 0L : recorded,
                "desk", GroupNames.of(recording.deskOf(groups).staffGroup()),
                "longAfter", recording.longAfterMinutes()), status);
    }

    private static ModelAndView notAtDesk() {
        return new ModelAndView("error", Map.of("status", 403, "title", Messages.text("feedback.dialogue.page.deskOnly.title"),
                "explanation", Messages.text("feedback.dialogue.page.deskOnly.explanation"),
                "tasklistUrl", "/camunda/app/tasklist/"), HttpStatus.FORBIDDEN);
    }

    /** The moment typed, or null with the reason added when the day does not exist (31/02). */
    private static Instant moment(String typed, List<String> problems) {
        try {
            return LocalDateTime.parse(typed.strip(), MOMENT).atZone(DeadlineCalculator.ZONE).toInstant();
        } catch (DateTimeParseException e) {
            problems.add(Messages.text("feedback.dialogue.page.noSuchMoment"));
            return null;
        }
    }
}
