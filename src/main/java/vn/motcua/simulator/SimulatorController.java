package vn.motcua.simulator;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.databind.JsonNode;

import vn.motcua.partner.Agency;
import vn.motcua.partner.PartnerOperation;
import vn.motcua.partner.PartnerProperties;

/** The agencies' HTTP APIs as the simulator plays them. */
@RestController
@RequestMapping("/simulator")
@ConditionalOnProperty(name = "motcua.simulator.enabled", havingValue = "true")
class SimulatorController {

    private final SimulatedAgencies agencies;
    private final PartnerProperties partners;

    SimulatorController(SimulatedAgencies agencies, PartnerProperties partners) {
        this.agencies = agencies;
        this.partners = partners;
    }

    @PostMapping("/{agency}/{resource}")
    ResponseEntity<Map<String, Object>> request(@PathVariable String agency, @PathVariable String resource,
            @RequestHeader(value = "Authorization", required = false) String authorization,
            @RequestHeader(value = "Idempotency-Key", required = false) String idempotencyKey,
            @RequestBody(required = false) JsonNode body) {
        Agency to = Agency.byId(agency).orElse(null);
        PartnerOperation operation = to == null ? null : Arrays.stream(PartnerOperation.values())
                .filter(o -> o.agency() == to && o.path().equals("/" + resource)).findFirst().orElse(null);
        if (operation == null) {
            return answer(HttpStatus.NOT_FOUND, "UNKNOWN", "Không có dịch vụ " + agency + "/" + resource + ".");
        }
        if (!authorized(to, authorization)) {
            return answer(HttpStatus.UNAUTHORIZED, "UNAUTHORIZED", "Sai tài khoản kết nối.");
        }
        if (idempotencyKey == null || idempotencyKey.isBlank() || body == null) {
            return answer(HttpStatus.BAD_REQUEST, "INVALID", "Thiếu Idempotency-Key hoặc nội dung yêu cầu.");
        }
        if (agencies.failsNow()) {
            return answer(HttpStatus.SERVICE_UNAVAILABLE, "UNAVAILABLE", "Hệ thống đang quá tải, xin thử lại sau.");
        }
        return switch (operation) {
            case STATUS_SYNC -> {
                agencies.portalStatus(idempotencyKey, body);
                yield answer(HttpStatus.OK, "SYNCED", null);
            }
            case CITIZEN_CHECK -> answer(HttpStatus.OK, knownCitizen(body.path("idNumber").asText()) ? "MATCH" : "MISMATCH", null);
            case COMPLAINT_ANSWER -> {
                agencies.complaintAnswer(idempotencyKey, body);
                yield answer(HttpStatus.OK, "RECEIVED", null);
            }
            case APPLICANT_NOTICE -> {
                agencies.notice(idempotencyKey, body);
                yield answer(HttpStatus.OK, "SENT", null);
            }
            default -> {
                SimulatedAgencies.Work work = agencies.take(to, operation, idempotencyKey, body.path("dossierCode").asText());
                yield ResponseEntity.accepted().body(Map.of("reference", work.reference(), "status", "ACCEPTED"));
            }
        };
    }

    /** The portal pushes a file filed online (the body: portalFileId, fullyOnline, file), signed with its key. */
    @PostMapping("/portal/pushes")
    ResponseEntity<String> portalPush(@RequestBody String push) {
        return pushed(agencies.push(Agency.PORTAL, "/api/partners/portal/files", push));
    }

    /** The 1022 hotline pushes a complaint it took, signed with its key. */
    @PostMapping("/hotline/pushes")
    ResponseEntity<String> hotlinePush(@RequestBody String complaint) {
        return pushed(agencies.push(Agency.HOTLINE, "/api/partners/hotline/complaints", complaint));
    }

    private static ResponseEntity<String> pushed(SimulatedAgencies.Pushed pushed) {
        return ResponseEntity.status(pushed.status()).contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                .body(pushed.body());
    }

    @PostMapping("/{agency}/{resource}/{key}/reminders")
    ResponseEntity<Map<String, Object>> reminder(@PathVariable String agency, @PathVariable String key,
            @RequestHeader(value = "Authorization", required = false) String authorization) {
        Agency to = Agency.byId(agency).orElse(null);
        if (to == null) {
            return answer(HttpStatus.NOT_FOUND, "UNKNOWN", "Không có cơ quan " + agency + ".");
        }
        if (!authorized(to, authorization)) {
            return answer(HttpStatus.UNAUTHORIZED, "UNAUTHORIZED", "Sai tài khoản kết nối.");
        }
        agencies.remind(to, key);
        return answer(HttpStatus.OK, "REMINDED", null);
    }

    @GetMapping("/effects")
    Map<String, Object> effects() {
        return agencies.effects();
    }

    /**
     * The simulated population database knows the numbers of people born in the 20th and 21st
     * centuries: the 4th digit of a personal identification number (century and sex) is 0 to 3.
     */
    static boolean knownCitizen(String idNumber) {
        return idNumber.matches("\\d{12}") && idNumber.charAt(3) <= '3';
    }

    private boolean authorized(Agency agency, String authorization) {
        PartnerProperties.Endpoint endpoint = partners.agencies().get(agency.id());
        if (endpoint == null || endpoint.username() == null || endpoint.username().isBlank()) {
            return true;
        }
        String expected = "Basic " + Base64.getEncoder().encodeToString((endpoint.username() + ":"
                + (endpoint.password() == null ? "" : endpoint.password())).getBytes(StandardCharsets.UTF_8));
        return expected.equals(authorization);
    }

    private static ResponseEntity<Map<String, Object>> answer(HttpStatus status, String code, String message) {
        return ResponseEntity.status(status).body(message == null ? Map.of("status", code)
                : Map.of("status", code, "message", message));
    }
}
