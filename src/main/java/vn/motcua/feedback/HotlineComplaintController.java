package vn.motcua.feedback;

import java.net.URI;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Validator;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.motcua.partner.Agency;
import vn.motcua.partner.CallbackSignature;
import vn.motcua.partner.SignedRequests;
import vn.motcua.system.ApiError;
import vn.motcua.system.Messages;
import vn.motcua.system.TimeSource;
import vn.motcua.system.InvalidRequestException;

/**
 * {@code POST /api/partners/hotline/complaints}: the province's 1022 hotline pushes a complaint it took,
 * signed with its key like every partner request. 201 with the complaint's number and last day; the same
 * hotline id again gets 200 with the same answer.
 */
@RestController
@RequestMapping("/api/partners/hotline")
class HotlineComplaintController {

    static final String HOTLINE_ACTOR = "tongdai1022";

    private final SignedRequests signed;
    private final ObjectMapper json;
    private final Validator validator;
    private final ComplaintService complaints;
    private final TimeSource clock;

    HotlineComplaintController(SignedRequests signed, ObjectMapper json, Validator validator, ComplaintService complaints,
            TimeSource clock) {
        this.signed = signed;
        this.json = json;
        this.validator = validator;
        this.complaints = complaints;
        this.clock = clock;
    }

    @PostMapping(path = "/complaints", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ComplaintViews.View> push(
            @RequestHeader(value = CallbackSignature.SIGNATURE_HEADER, required = false) String signature,
            @RequestHeader(value = CallbackSignature.TIMESTAMP_HEADER, required = false) String timestamp,
            @RequestBody(required = false) String body, HttpServletRequest request) {
        signed.verify(Agency.HOTLINE, request, signature, timestamp, body);
        ComplaintText text = read(body);
        ComplaintService.Recorded recorded = complaints.record(text.toNew(Complaint.Source.HOTLINE_1022), HOTLINE_ACTOR, Set.of());
        ComplaintViews.View view = ComplaintViews.of(recorded.complaint(), clock.today());
        return recorded.created() ? ResponseEntity.created(URI.create("/api/complaints/" + view.id())).body(view)
                : ResponseEntity.ok(view);
    }

    private ComplaintText read(String body) {
        ComplaintText text;
        try {
            text = json.readValue(body == null ? "" : body, ComplaintText.class);
        } catch (JsonProcessingException e) {
            throw new InvalidRequestException("body", Messages.text("feedback.hotline.notJson"));
        }
        if (text == null) {
            throw new InvalidRequestException("body", Messages.text("feedback.hotline.empty"));
        }
        List<ApiError.FieldProblem> problems = new java.util.ArrayList<>(validator.validate(text).stream()
                .map(v -> new ApiError.FieldProblem(v.getPropertyPath().toString(), v.getMessage()))
                .sorted(Comparator.comparing(ApiError.FieldProblem::field)).toList());
        if (text.hotlineComplaintId() == null || text.hotlineComplaintId().isBlank()) {
            problems.add(new ApiError.FieldProblem("hotlineComplaintId", Messages.text("feedback.hotline.idRequired")));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        return text;
    }
}
