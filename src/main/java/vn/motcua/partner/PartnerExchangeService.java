package vn.motcua.partner;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierRegister;
import vn.motcua.dossier.DossierService;
import vn.motcua.dossier.FileRoutes;
import vn.motcua.dossier.Handovers;
import vn.motcua.organisation.Unit;
import vn.motcua.system.Messages;
import vn.motcua.system.TimeSource;

/**
 * The life of one request to a partner agency: registered, sent, reminded, reported late,
 * answered or cancelled. Every step is idempotent: the engine may run it again after a crash.
 */
@Service
public class PartnerExchangeService {

    static final String EVENT_SENT = "PARTNER_REQUEST_SENT";
    static final String EVENT_REMINDED = "PARTNER_REMINDED";
    static final String EVENT_REPORTED = "PARTNER_LATE_REPORTED";

    private final PartnerExchanges exchanges;
    private final PartnerClients clients;
    private final DossierService dossiers;
    private final DossierRegister register;
    private final Handovers handovers;
    private final TimeSource clock;
    private final CallbackAddress callbackAddress;
    private final FileRoutes routes;

    PartnerExchangeService(PartnerExchanges exchanges, PartnerClients clients, DossierService dossiers,
            DossierRegister register, Handovers handovers, TimeSource clock, CallbackAddress callbackAddress,
            FileRoutes routes) {
        this.routes = routes;
        this.exchanges = exchanges;
        this.clients = clients;
        this.dossiers = dossiers;
        this.register = register;
        this.handovers = handovers;
        this.clock = clock;
        this.callbackAddress = callbackAddress;
    }

    /**
     * Registers the request of an exchange process. A process that sends again after a refusal
     * opens a new exchange with a new key: the agency must treat it as a new request.
     *
     * @return the exchange key, also the request's idempotency key
     */
    @Transactional
    public String open(String code, PartnerOperation operation, String stepKey, String stepName,
            String processInstanceId, Instant dueAt) {
        Dossier dossier = dossiers.get(code);
        String key = processInstanceId + "-" + (exchanges.countOfProcess(processInstanceId) + 1);
        Instant now = clock.now();
        exchanges.open(key, dossier.id(), operation, stepKey, processInstanceId, dueAt, now);
        handovers.opened(code, "partner-" + key, stepKey, stepName, routedGroup(code, operation.agency()), now, dueAt);
        return key;
    }

    /**
     * Sends the request with its idempotency key. Runs in the engine's job: a failure rolls back
     * and the engine retries later; the row lock keeps a fast callback from interleaving.
     *
     * @return whether the agency has already answered (its callback was stored before the send)
     */
    @Transactional
    public boolean send(String key) {
        PartnerExchange exchange = exchanges.lock(key).orElseThrow(() -> new IllegalStateException("No exchange " + key));
        if (exchange.status() == PartnerExchange.Status.ANSWERED || exchange.status() == PartnerExchange.Status.CANCELLED) {
            return exchange.status() == PartnerExchange.Status.ANSWERED;
        }
        Dossier dossier = dossiers.get(exchange.dossierCode());
        Acknowledgement ack = clients.of(exchange.agency()).send(exchange.operation(), key, request(exchange, dossier));
        Instant now = clock.now();
        if (exchange.sentAt() == null) {
            register.recordEvent(dossier, EVENT_SENT, ack.reference() == null
                    ? Messages.text("partner.event.sent", exchange.agency().displayName(), exchange.operation().displayName())
                    : Messages.text("partner.event.sentNumbered", exchange.agency().displayName(),
                            exchange.operation().displayName(), ack.reference()),
                    "system", now);
        }
        exchanges.markSent(key, ack.reference(), now);
        return false;
    }

    /** The agency has not answered by its deadline: remind it (đôn đốc) and note it on the file. */
    @Transactional
    public void remind(String key) {
        PartnerExchange exchange = exchanges.lock(key).orElseThrow(() -> new IllegalStateException("No exchange " + key));
        if (exchange.status() != PartnerExchange.Status.SENT && exchange.status() != PartnerExchange.Status.OPEN) {
            return;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("exchangeId", key);
        body.put("dossierCode", exchange.dossierCode());
        body.put("dueAt", exchange.dueAt() == null ? null : exchange.dueAt().toString());
        body.put("reminder", exchange.reminderCount() + 1);
        clients.of(exchange.agency()).remind(exchange.operation(), key, body);
        Instant now = clock.now();
        exchanges.markReminded(key, now);
        register.recordEvent(dossiers.get(exchange.dossierCode()), EVENT_REMINDED, Messages.text("partner.event.reminded",
                exchange.agency().displayName(), exchange.operation().displayName()), "system", now);
    }

    /** The agency stays late: the leadership is told (the control sheet marks the step escalated). */
    @Transactional
    public void reported(String key) {
        PartnerExchange exchange = exchanges.find(key).orElseThrow(() -> new IllegalStateException("No exchange " + key));
        Instant now = clock.now();
        exchanges.markReported(key, now);
        handovers.escalated(exchange.handoverId());
        if (exchange.reportedAt() == null) {
            register.recordEvent(dossiers.get(exchange.dossierCode()), EVENT_REPORTED, Messages.text("partner.event.reported",
                    exchange.agency().displayName(), exchange.operation().displayName()), "system", now);
        }
    }

    /** The file stopped waiting (withdrawn, closed): an answer that comes later is refused as late. */
    @Transactional
    public void waitEnded(String key) {
        exchanges.find(key).ifPresent(exchange -> {
            if (exchanges.cancelIfWaiting(key)) {
                handovers.cancelled(exchange.handoverId(), clock.now());
            }
        });
    }

    public PartnerExchange get(String key) {
        return exchanges.find(key).orElseThrow(() -> new IllegalStateException("No exchange " + key));
    }

    /**
     * The group of the agency that covers the file's parcel (the Phước Long branch, not every branch),
     * so the hand-over, the dashboard and who may read the file name that agency.
     */
    private String routedGroup(String code, Agency agency) {
        return role(agency).flatMap(role -> routes.leg(code, role)).map(FileRoutes.Leg::staffGroup)
                .orElse(agency.unit());
    }

    private static java.util.Optional<Unit> role(Agency agency) {
        return java.util.Arrays.stream(Unit.values()).filter(u -> u.groupId().equals(agency.unit())).findFirst();
    }

    private Map<String, Object> request(PartnerExchange exchange, Dossier dossier) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("exchangeId", exchange.key());
        body.put("operation", exchange.operation().name());
        body.put("dossierCode", dossier.code());
        body.put("procedure", dossier.procedureName());
        // One province system serves every branch: the request says which one acts for this parcel.
        role(exchange.agency()).flatMap(role -> routes.leg(dossier.code(), role))
                .ifPresent(leg -> body.put("agencyId", leg.agencyId()));
        body.put("applicant", Map.of("fullName", dossier.applicant().fullName(), "idNumber", dossier.applicant().idNumber()));
        Map<String, Object> parcel = new LinkedHashMap<>();
        parcel.put("mapSheet", dossier.parcel().mapSheet());
        parcel.put("parcelNumber", dossier.parcel().parcelNumber());
        parcel.put("address", dossier.parcel().address());
        parcel.put("communeCode", dossier.parcel().communeCode());
        body.put("parcel", parcel);
        body.put("dueAt", exchange.dueAt() == null ? null : exchange.dueAt().toString());
        body.put("callbackUrl", callbackAddress.of(exchange.agency()));
        return body;
    }
}
