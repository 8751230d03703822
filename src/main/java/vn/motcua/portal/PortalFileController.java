package vn.motcua.portal;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

import vn.motcua.calendar.DayFormat;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.OnceOnlyReception;
import vn.motcua.dossier.ReceivedDocument;
import vn.motcua.dossier.ReceivedDocuments;
import vn.motcua.dossier.ReceivedFile;
import vn.motcua.dossier.ReceptionRequest;
import vn.motcua.dossier.ReceptionValidator;
import vn.motcua.partner.Agency;
import vn.motcua.partner.CallbackSignature;
import vn.motcua.partner.SignedRequests;
import vn.motcua.system.ApiError;
import vn.motcua.system.InvalidRequestException;
import vn.motcua.system.Messages;

/**
 * {@code POST /api/partners/portal/files}: the national portal hands over a file filed online. Signed
 * with the portal's key like every partner request; acknowledged at once with the file code (201, or
 * 200 with the same code when the portal retries the push). The file then waits for the desk's check
 * within 08 working hours, with the 02-hour alert (Decree 118/2025 Art 17(2), dossier-reception.bpmn).
 */
@RestController
@RequestMapping("/api/partners/portal")
class PortalFileController {

    /** The portal as the actor of the file's first lines: no officer received it. */
    static final String PORTAL_ACTOR = "congdichvucong";

    private final SignedRequests signed;
    private final ObjectMapper json;
    private final Validator validator;
    private final ReceptionValidator reception;
    private final OnceOnlyReception once;

    PortalFileController(SignedRequests signed, ObjectMapper json, Validator validator, ReceptionValidator reception,
            OnceOnlyReception once) {
        this.signed = signed;
        this.json = json;
        this.validator = validator;
        this.reception = reception;
        this.once = once;
    }

    @PostMapping(path = "/files", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> push(
            @RequestHeader(value = CallbackSignature.SIGNATURE_HEADER, required = false) String signature,
            @RequestHeader(value = CallbackSignature.TIMESTAMP_HEADER, required = false) String timestamp,
            @RequestBody(required = false) String body, HttpServletRequest request) {
        signed.verify(Agency.PORTAL, request, signature, timestamp, body);
        PortalFilePush push = read(body);
        ReceivedFile file = reception.validate(push.file());
        ReceivedFile pushed = new ReceivedFile(file.procedureKey(), push.clientRequestId(), file.channel(), file.applicant(),
                file.parcel(), file.requestSummary(), file.receivedAt(),
                new ReceivedDocuments(file.documents().sets(), electronic(file.documents()), push.fullyOnline()));
        OnceOnlyReception.Outcome outcome = once.online(pushed, PORTAL_ACTOR);
        Map<String, Object> answer = answer(push, outcome.dossier());
        return outcome.created()
                ? ResponseEntity.created(URI.create("/api/dossiers/" + outcome.dossier().code())).body(answer)
                : ResponseEntity.ok(answer);
    }

    /** Every problem of the push at once, in Vietnamese; nothing is stored before all of them are gone. */
    private PortalFilePush read(String body) {
        PortalFilePush push;
        try {
            push = json.readValue(body == null ? "" : body, PortalFilePush.class);
        } catch (JsonProcessingException e) {
            throw new InvalidRequestException("body", Messages.text("portal.push.notJson"));
        }
        if (push == null) {
            throw new InvalidRequestException("body", Messages.text("portal.push.empty"));
        }
        List<ApiError.FieldProblem> problems = new ArrayList<>(validator.validate(push).stream()
                .map(v -> new ApiError.FieldProblem(v.getPropertyPath().toString(), v.getMessage()))
                .sorted(java.util.Comparator.comparing(ApiError.FieldProblem::field)).toList());
        ReceptionRequest file = push.file();
        if (file != null && !"ONLINE".equals(file.channel())) {
            problems.add(new ApiError.FieldProblem("file.channel", Messages.text("portal.push.channelOnline")));
        }
        if (file != null && (file.documents() == null || file.documents().isEmpty())) {
            problems.add(new ApiError.FieldProblem("file.documents", Messages.text("portal.push.noDocuments")));
        }
        if (file != null && file.documents() != null) {
            for (int i = 0; i < file.documents().size(); i++) {
                ReceptionRequest.DocumentData document = file.documents().get(i);
                if (document == null) {
                    continue;
                }
                if (document.reference() == null || document.reference().isBlank()) {
                    problems.add(new ApiError.FieldProblem("file.documents[" + i + "].reference",
                            Messages.text("portal.push.document.noReference", i + 1)));
                }
                if (document.sha256() == null || document.sha256().isBlank()) {
                    problems.add(new ApiError.FieldProblem("file.documents[" + i + "].sha256",
                            Messages.text("portal.push.document.noSha256", i + 1)));
                }
                if (document.type() != null && !document.type().isBlank() && !"ELECTRONIC".equals(document.type())) {
                    problems.add(new ApiError.FieldProblem("file.documents[" + i + "].type",
                            Messages.text("portal.push.document.electronic")));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        return push;
    }

    /** Papers sent through the portal are electronic whatever the portal left unsaid. */
    private static List<ReceivedDocument> electronic(ReceivedDocuments received) {
        return received.documents().stream().map(d -> new ReceivedDocument(d.name(), ReceivedDocument.Type.ELECTRONIC,
                d.count(), d.reference(), d.sha256())).toList();
    }

    private static Map<String, Object> answer(PortalFilePush push, Dossier dossier) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("portalFileId", push.portalFileId());
        answer.put("dossierCode", dossier.code());
        answer.put("status", dossier.status().name());
        answer.put("receivedAt", DayFormat.ofMoment(dossier.receivedAt()));
        answer.put("message", Messages.text("portal.push.received", dossier.code()));
        return answer;
    }
}
