package vn.motcua.feedback;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.motcua.security.Officers;

/** The desk records its reception dialogues ({@code POST /api/dialogues}) and reads its own back. */
@RestController
@RequestMapping("/api/dialogues")
class DialogueController {

    /** The texts are checked by {@link DialogueRecording}, the same checks as the page's. */
    record DialogueRequest(
            @NotNull(message = "{feedback.dialogue.api.startedAtRequired}") Instant startedAt,
            @NotNull(message = "{feedback.dialogue.api.endedAtRequired}") Instant endedAt,
            String topic, String outcome, String dossierCode, String personName) {
    }

    private final DialogueRecording recording;

    DialogueController(DialogueRecording recording) {
        this.recording = recording;
    }

    @PostMapping
    @PreAuthorize("@officers.atDesk(authentication)")
    ResponseEntity<DialogueRecording.DialogueView> record(@Valid @RequestBody DialogueRequest request, Authentication caller) {
        DeskDialogue d = recording.record(new DialogueRecording.Input(request.startedAt(), request.endedAt(), request.topic(),
                request.outcome(), request.dossierCode(), request.personName()), caller.getName(), Officers.groupsOf(caller));
        return ResponseEntity.created(URI.create("/api/dialogues/" + d.id())).body(recording.view(d));
    }

    /** The dialogues of the caller's desk, newest first. */
    @GetMapping
    @PreAuthorize("@officers.atDesk(authentication)")
    List<DialogueRecording.DialogueView> ofMyDesk(Authentication caller) {
        return recording.ofDesk(Officers.groupsOf(caller)).stream().map(recording::view).toList();
    }
}
