package vn.motcua.partner;

import java.time.Instant;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.motcua.security.LocalCallers;
import vn.motcua.system.ForbiddenException;
import vn.motcua.system.NotFoundException;
import vn.motcua.system.UnauthorizedException;

/**
 * Answers of the partner agencies: {@code POST /api/partners/{agency}/callbacks}, signed with the
 * agency's own secret (see {@link CallbackSignature}); no officer account is involved.
 */
@RestController
@RequestMapping("/api/partners")
class PartnerCallbackController {

    private final PartnerAnswers answers;
    private final PartnerProperties properties;

    PartnerCallbackController(PartnerAnswers answers, PartnerProperties properties) {
        this.answers = answers;
        this.properties = properties;
    }

    @PostMapping(path = "/{agency}/callbacks", consumes = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> callback(@PathVariable String agency,
            @RequestHeader(value = CallbackSignature.SIGNATURE_HEADER, required = false) String signature,
            @RequestHeader(value = CallbackSignature.TIMESTAMP_HEADER, required = false) String timestamp,
            @RequestBody(required = false) String body, HttpServletRequest request) {
        Agency from = Agency.byId(agency).filter(a -> properties.agencies().containsKey(a.id()))
                .orElseThrow(() -> new NotFoundException("Không có cơ quan phối hợp '" + agency + "'."));
        // Anyone can sign with a demo secret: only the simulator on this machine may use one.
        if (properties.endpoint(from).hasDemoSecret() && !LocalCallers.isLocal(request)) {
            throw new ForbiddenException(from.displayName() + " còn dùng khóa ký mặc định của bản trình diễn: chỉ nhận"
                    + " trả lời gửi từ chính máy chủ này. Cần đặt khóa ký riêng cho cơ quan (MOTCUA_PARTNER_<AGENCY>_SECRET).");
        }
        verify(from, signature, timestamp, body == null ? "" : body);
        PartnerAnswers.Answered answered = answers.answer(from, body);
        return Map.of("exchangeId", answered.exchangeId(), "dossierCode", answered.dossierCode(),
                "message", "Đã nhận trả lời của " + from.displayName() + ".");
    }

    private void verify(Agency agency, String signature, String timestamp, String body) {
        long seconds;
        try {
            seconds = Long.parseLong(timestamp == null ? "" : timestamp.trim());
        } catch (NumberFormatException e) {
            throw new UnauthorizedException("Thiếu hoặc sai tiêu đề " + CallbackSignature.TIMESTAMP_HEADER + " (giây kể từ 1970).");
        }
        // Compared in seconds: a timestamp near Long.MIN/MAX_VALUE is no Instant and must not throw.
        long now = Instant.now().getEpochSecond();
        long maxSkew = properties.callbackMaxSkew().toSeconds();
        if (seconds < now - maxSkew || seconds > now + maxSkew) {
            throw new UnauthorizedException("Trả lời đã quá cũ hoặc đồng hồ lệch quá " + properties.callbackMaxSkew().toMinutes()
                    + " phút; không được chấp nhận.");
        }
        if (!CallbackSignature.matches(properties.endpoint(agency).callbackSecret(), seconds, body, signature)) {
            throw new UnauthorizedException("Chữ ký của trả lời không hợp lệ (" + CallbackSignature.SIGNATURE_HEADER + ").");
        }
    }
}
