package vn.motcua.simulator;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.motcua.calendar.DeadlineCalculator;
import vn.motcua.partner.Agency;
import vn.motcua.partner.CallbackSignature;
import vn.motcua.partner.LocalPort;
import vn.motcua.partner.PartnerOperation;
import vn.motcua.partner.PartnerProperties;

/**
 * The agencies' side: what they were asked, the effect each distinct request had (one per
 * idempotency key, however often it is sent), and the answers they send back later.
 */
@Component
@ConditionalOnProperty(name = "motcua.simulator.enabled", havingValue = "true")
class SimulatedAgencies implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(SimulatedAgencies.class);
    private static final int MAX_DELIVERY_ATTEMPTS = 6;

    /** One request the agency acted on. */
    record Work(Agency agency, PartnerOperation operation, String key, String dossierCode, String reference, Instant at) {
    }

    private final SimulatorProperties properties;
    private final PartnerProperties partners;
    private final LocalPort localPort;
    private final ObjectMapper json;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "partner-simulator");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, Work> work = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();
    private final Map<String, Boolean> answered = new ConcurrentHashMap<>();
    private final AtomicInteger reminders = new AtomicInteger();
    private final List<Map<String, Object>> portalStatuses = new ArrayList<>();
    /** Notices to applicants, once per key: a gateway sends an SMS once whatever the retries. */
    private final Map<String, Map<String, Object>> notices = new LinkedHashMap<>();
    /** How often each notice was asked for (kept apart from the agencies' work: nothing comes back). */
    private final Map<String, Integer> noticeRequests = new LinkedHashMap<>();
    private final AtomicInteger sequence = new AtomicInteger();
    /** Complaint answers the hotline shows the caller, once per key, and how often each key was sent. */
    private final Map<String, Map<String, Object>> complaintAnswers = new LinkedHashMap<>();
    private final Map<String, Integer> complaintAnswerRequests = new LinkedHashMap<>();

    SimulatedAgencies(SimulatorProperties properties, PartnerProperties partners, LocalPort localPort, ObjectMapper json) {
        this.properties = properties;
        this.partners = partners;
        this.localPort = localPort;
        this.json = json;
    }

    /** A request: acted on once per idempotency key; the same key again gets the same acknowledgement. */
    Work take(Agency agency, PartnerOperation operation, String idempotencyKey, String dossierCode) {
        String id = agency.id() + ":" + idempotencyKey;
        requests.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
        Work[] created = new Work[1];
        // The stand-in agency's own real clock (not TimeSource), as a real agency's would be.
        Work taken = work.computeIfAbsent(id, k -> created[0] = new Work(agency, operation, idempotencyKey, dossierCode,
                agency.id().toUpperCase().charAt(0) + "-" + LocalDate.now(DeadlineCalculator.ZONE).getYear() + "-"
                        + String.format("%05d", sequence.incrementAndGet()), Instant.now()));
        if (created[0] != null && properties.autoAnswer()) {
            schedule(taken, properties.answerDelay(), 1);
        }
        return taken;
    }

    /** A reminder (đôn đốc): an agency that somehow lost the request answers it now. */
    void remind(Agency agency, String idempotencyKey) {
        reminders.incrementAndGet();
        Work w = work.get(agency.id() + ":" + idempotencyKey);
        if (w != null && properties.autoAnswer() && !answered.containsKey(agency.id() + ":" + idempotencyKey)) {
            schedule(w, Duration.ofSeconds(1), 1);
        }
    }

    /** What the portal shows of the file after this message: its status, appointment and pause. */
    synchronized void portalStatus(String key, JsonNode body) {
        Map<String, Object> status = new LinkedHashMap<>();
        status.put("key", key);
        status.put("dossierCode", body.path("dossierCode").asText());
        status.put("status", body.path("status").asText());
        status.put("statusLabel", body.path("statusLabel").asText());
        status.put("appointmentDate", body.path("appointmentDate").isNull() ? null : body.path("appointmentDate").asText());
        status.put("paused", body.path("paused").asBoolean());
        status.put("pauseReason", body.path("pauseReason").isNull() ? null : body.path("pauseReason").asText());
        status.put("reason", body.path("reason").isNull() ? null : body.path("reason").asText());
        portalStatuses.add(status);
    }

    /** An SMS or e-mail to an applicant: every request is counted, the message is sent once per key. */
    synchronized void notice(String key, JsonNode body) {
        noticeRequests.merge(key, 1, Integer::sum);
        notices.computeIfAbsent(key, k -> Map.of("key", key, "dossierCode", body.path("dossierCode").asText(),
                "kind", body.path("kind").asText(), "message", body.path("message").asText()));
    }

    /** The agency's answer to something it pushed to us. */
    record Pushed(int status, String body) {
    }

    /**
     * The agency pushes something to this deployment on its own (the portal a file, the hotline a complaint),
     * signed with its key as a real one would; the body is sent as given.
     */
    Pushed push(Agency agency, String path, String body) {
        // Signed with real time, as a real agency signs; the receiver checks it against real time (SignedRequests).
        long timestamp = Instant.now().getEpochSecond();
        String secret = partners.endpoint(agency).callbackSecret();
        URI uri = URI.create(localPort.resolve(properties.callbackBaseUrl()) + path);
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header(CallbackSignature.TIMESTAMP_HEADER, Long.toString(timestamp))
                .header(CallbackSignature.SIGNATURE_HEADER, CallbackSignature.sign(secret, timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Pushed(response.statusCode(), response.body());
        } catch (java.io.IOException e) {
            return new Pushed(502, "{\"message\":\"Không gửi được: " + e.getClass().getSimpleName() + "\"}");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Pushed(503, "{}");
        }
    }

    /** An answer to a complaint reached the hotline: counted per request, kept once per key. */
    synchronized void complaintAnswer(String key, JsonNode body) {
        complaintAnswerRequests.merge(key, 1, Integer::sum);
        complaintAnswers.computeIfAbsent(key, k -> Map.of("key", key, "complaintId", body.path("hotlineComplaintId").asText(),
                "answer", body.path("answer").asText()));
    }

    boolean failsNow() {
        return ThreadLocalRandom.current().nextDouble() < properties.errorRate();
    }

    /** What the agencies were asked and did, for tests and the cluster check. */
    synchronized Map<String, Object> effects() {
        Map<String, Object> view = new LinkedHashMap<>();
        Map<String, Integer> perKey = new LinkedHashMap<>();
        requests.forEach((k, v) -> perKey.put(k, v.get()));
        view.put("requests", perKey);
        view.put("effects", work.size());
        view.put("answered", answered.size());
        view.put("reminders", reminders.get());
        view.put("portalStatuses", List.copyOf(portalStatuses));
        view.put("notices", List.copyOf(notices.values()));
        view.put("noticeRequests", Map.copyOf(noticeRequests));
        view.put("complaintAnswers", List.copyOf(complaintAnswers.values()));
        view.put("complaintAnswerRequests", Map.copyOf(complaintAnswerRequests));
        return view;
    }

    private void schedule(Work w, Duration delay, int attempt) {
        scheduler.schedule(() -> deliver(w, attempt), delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void deliver(Work w, int attempt) {
        try {
            String body = answerOf(w);
            // Signed with real time, as a real agency signs; the receiver checks it against real time (SignedRequests).
            long timestamp = Instant.now().getEpochSecond();
            String secret = partners.endpoint(w.agency()).callbackSecret();
            URI uri = URI.create(localPort.resolve(properties.callbackBaseUrl()) + "/api/partners/" + w.agency().id() + "/callbacks");
            HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/json")
                    .header(CallbackSignature.TIMESTAMP_HEADER, Long.toString(timestamp))
                    .header(CallbackSignature.SIGNATURE_HEADER, CallbackSignature.sign(secret, timestamp, body))
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
            int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status >= 500) {
                retry(w, attempt, "HTTP " + status);
            } else {
                answered.put(w.agency().id() + ":" + w.key(), true);
                log.debug("Simulated {} answered {} with HTTP {}", w.agency(), w.key(), status);
            }
        } catch (java.io.IOException e) {
            retry(w, attempt, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            log.warn("Simulated {} could not answer {}: {}", w.agency(), w.key(), e.toString());
        }
    }

    private void retry(Work w, int attempt, String why) {
        if (attempt >= MAX_DELIVERY_ATTEMPTS) {
            log.warn("Simulated {} gave up answering {} after {} attempts ({})", w.agency(), w.key(), attempt, why);
            return;
        }
        schedule(w, Duration.ofSeconds(5L << Math.min(attempt, 6)), attempt + 1);
    }

    private String answerOf(Work w) throws JsonProcessingException {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("exchangeId", w.key());
        answer.put("reference", w.reference());
        if (ThreadLocalRandom.current().nextDouble() < properties.rejectRate()) {
            answer.put("outcome", "REJECTED");
            answer.put("note", "Thông tin thửa đất chưa khớp với hồ sơ địa chính; đề nghị kiểm tra lại số tờ, số thửa.");
        } else {
            answer.put("outcome", "DONE");
            answer.put("data", SimulatedWork.resultOf(w.operation(), w.reference(), LocalDate.now(DeadlineCalculator.ZONE)));
        }
        return json.writeValueAsString(answer);
    }

    @Override
    public void destroy() {
        scheduler.shutdownNow();
    }
}
