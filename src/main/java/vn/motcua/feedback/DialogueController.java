package vn.motcua.feedback;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.motcua.calendar.DayFormat;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierRegister;
import vn.motcua.organisation.Agency;
import vn.motcua.organisation.OrganisationCatalogue;
import vn.motcua.security.Officers;
import vn.motcua.system.ApiError;
import vn.motcua.system.EngineClock;
import vn.motcua.system.InvalidRequestException;
import vn.motcua.system.Printable;

/** The desk records its reception dialogues ({@code POST /api/dialogues}) and reads its own back. */
@RestController
@RequestMapping("/api/dialogues")
class DialogueController {

    /** Clocks drift a little; a dialogue longer than a working day is a typing mistake. */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);
    private static final Duration LONGEST = Duration.ofHours(10);

    record DialogueRequest(
            @NotNull(message = "Cần ghi thời điểm bắt đầu (startedAt).") Instant startedAt,
            @NotNull(message = "Cần ghi thời điểm kết thúc (endedAt).") Instant endedAt,
            @NotBlank(message = "Cần ghi nội dung đối thoại (topic).")
            @Size(max = 1000, message = "Nội dung đối thoại tối đa 1000 ký tự.")
            @Printable(label = "Nội dung đối thoại", multiline = true) String topic,
            @NotBlank(message = "Cần ghi kết quả đối thoại (outcome).")
            @Size(max = 2000, message = "Kết quả đối thoại tối đa 2000 ký tự.")
            @Printable(label = "Kết quả đối thoại", multiline = true) String outcome,
            @Size(max = 60, message = "Mã hồ sơ tối đa 60 ký tự.") String dossierCode,
            @Size(max = 200, message = "Họ và tên tối đa 200 ký tự.")
            @Printable(label = "Họ và tên người dân") String personName) {
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

    DialogueController(DeskDialogues dialogues, DossierRegister register, OrganisationCatalogue organisation,
            FeedbackRules rules, EngineClock clock) {
        this.dialogues = dialogues;
        this.register = register;
        this.organisation = organisation;
        this.rules = rules;
        this.clock = clock;
    }

    @PostMapping
    @PreAuthorize("@officers.atDesk(authentication)")
    @Transactional
    ResponseEntity<DialogueView> record(@Valid @RequestBody DialogueRequest request, Authentication caller) {
        List<ApiError.FieldProblem> problems = new ArrayList<>();
        Instant now = clock.now();
        if (!request.endedAt().isAfter(request.startedAt())) {
            problems.add(new ApiError.FieldProblem("endedAt", "Thời điểm kết thúc phải sau thời điểm bắt đầu."));
        } else if (Duration.between(request.startedAt(), request.endedAt()).compareTo(LONGEST) > 0) {
            problems.add(new ApiError.FieldProblem("endedAt", "Một lần đối thoại không dài quá 10 giờ; hãy kiểm tra lại thời điểm."));
        }
        if (request.endedAt().isAfter(now.plus(CLOCK_SKEW))) {
            problems.add(new ApiError.FieldProblem("endedAt", "Thời điểm kết thúc không được ở tương lai."));
        }
        String code = request.dossierCode() == null || request.dossierCode().isBlank() ? null : request.dossierCode().strip();
        Optional<Dossier> file = code == null ? Optional.empty() : register.findByCode(code);
        if (code != null && file.isEmpty()) {
            problems.add(new ApiError.FieldProblem("dossierCode", "Không tìm thấy hồ sơ có mã " + code + "."));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        Agency desk = organisation.current().deskOf(Officers.groupsOf(caller)).orElseThrow();
        DeskDialogue dialogue = new DeskDialogue(0, desk.staffGroup(), caller.getName(), code, file.map(Dossier::id).orElse(null),
                blankToNull(request.personName()), request.topic().strip(), request.outcome().strip(), request.startedAt(),
                request.endedAt());
        long id = dialogues.insert(dialogue, now);
        return ResponseEntity.created(URI.create("/api/dialogues/" + id)).body(view(new DeskDialogue(id, dialogue.deskGroup(),
                dialogue.officer(), code, dialogue.dossierId(), dialogue.personName(), dialogue.topic(), dialogue.outcome(),
                dialogue.startedAt(), dialogue.endedAt())));
    }

    /** The dialogues of the caller's desk, newest first. */
    @GetMapping
    @PreAuthorize("@officers.atDesk(authentication)")
    List<DialogueView> ofMyDesk(Authentication caller) {
        Agency desk = organisation.current().deskOf(Officers.groupsOf(caller)).orElseThrow();
        return dialogues.ofDesk(desk.staffGroup()).stream().map(this::view).toList();
    }

    private DialogueView view(DeskDialogue d) {
        return new DialogueView(d.id(), d.officer(), d.dossierCode(), d.personName(), d.topic(), d.outcome(),
                DayFormat.ofMoment(d.startedAt()), DayFormat.ofMoment(d.endedAt()), d.minutes(),
                d.minutes() > rules.longDialogueMinutes());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
