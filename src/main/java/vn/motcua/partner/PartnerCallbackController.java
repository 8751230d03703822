package vn.motcua.partner;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.motcua.system.Messages;
import vn.motcua.system.NotFoundException;

/**
 * Answers of the partner agencies: {@code POST /api/partners/{agency}/callbacks}, signed with the
 * agency's own secret (see {@link SignedRequests}); no officer account is involved.
 */
@RestController
@RequestMapping("/api/partners")
class PartnerCallbackController {

    private final PartnerAnswers answers;
    private final PartnerProperties properties;
    private final SignedRequests signed;

    PartnerCallbackController(PartnerAnswers answers, PartnerProperties properties, SignedRequests signed) {
        this.answers = answers;
        this.properties = properties;
        this.signed = signed;
    }

    @PostMapping(path = "/{agency}/callbacks", consumes = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> callback(@PathVariable String agency,
            @RequestHeader(value = CallbackSignature.SIGNATURE_HEADER, required = false) String signature,
            @RequestHeader(value = CallbackSignature.TIMESTAMP_HEADER, required = false) String timestamp,
            @RequestBody(required = false) String body, HttpServletRequest request) {
        Agency from = Agency.byId(agency).filter(a -> properties.agencies().containsKey(a.id()))
                .orElseThrow(() -> new NotFoundException(Messages.text("partner.callback.noSuchAgency", agency)));
        signed.verify(from, request, signature, timestamp, body == null ? "" : body);
        PartnerAnswers.Answered answered = answers.answer(from, body);
        return Map.of("exchangeId", answered.exchangeId(), "dossierCode", answered.dossierCode(),
                "message", Messages.text("partner.callback.received", from.displayName()));
    }
}
