package vn.motcua.feedback;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.motcua.security.Officers;
import vn.motcua.system.Messages;
import vn.motcua.system.TimeSource;
import vn.motcua.system.ForbiddenException;
import vn.motcua.system.Printable;

/**
 * Complaints for officers: the desk records one a citizen brings (with or without a file); each unit
 * lists and answers its own, its leaders those escalated to them.
 */
@RestController
@RequestMapping("/api/complaints")
class ComplaintController {

    private final ComplaintService complaints;
    private final TimeSource clock;

    ComplaintController(ComplaintService complaints, TimeSource clock) {
        this.complaints = complaints;
        this.clock = clock;
    }

    @PostMapping
    @PreAuthorize("@officers.atDesk(authentication)")
    ResponseEntity<ComplaintViews.View> record(@Valid @RequestBody ComplaintText text, Authentication caller) {
        Complaint c = complaints.record(text.toNew(Complaint.Source.DESK), caller.getName(), Officers.groupsOf(caller))
                .complaint();
        return ResponseEntity.created(URI.create("/api/complaints/" + c.id())).body(ComplaintViews.of(c, clock.today()));
    }

    /** The caller's units' complaints, and those escalated to the units he leads; open ones first. */
    @GetMapping
    @PreAuthorize("@officers.isOfficer(authentication)")
    List<ComplaintViews.View> mine(Authentication caller) {
        return complaints.forGroups(Officers.groupsOf(caller)).stream().map(c -> ComplaintViews.of(c, clock.today())).toList();
    }

    @GetMapping("/{id}")
    @PreAuthorize("@officers.isOfficer(authentication)")
    ComplaintViews.View one(@PathVariable long id, Authentication caller) {
        Complaint c = complaints.get(id);
        if (!complaints.mayAnswer(c, Officers.groupsOf(caller)) && !Officers.groupsOf(caller).contains(c.leadersGroup())) {
            throw new ForbiddenException(Messages.text("feedback.complaint.notYourUnit", id));
        }
        return ComplaintViews.of(c, clock.today());
    }

    record AnswerRequest(
            @NotBlank(message = "{feedback.answer.required}")
            @Size(max = 4000, message = "{feedback.answer.tooLong}")
            @Printable(label = "{feedback.answer.label}", multiline = true)
            String answer) {
    }

    /** Once: a second answer is a 409; a hotline complaint's answer then goes back to the hotline. */
    @PostMapping("/{id}/answer")
    @PreAuthorize("@officers.isOfficer(authentication)")
    ComplaintViews.View answer(@PathVariable long id, @Valid @RequestBody AnswerRequest request, Authentication caller) {
        return ComplaintViews.of(complaints.answer(id, request.answer().strip(), caller.getName(), Officers.groupsOf(caller)),
                clock.today());
    }
}
