package vn.motcua.cluster;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.motcua.support.ClusterNode;

/**
 * Files sent to the desk API of whichever nodes are alive, as a portal would send them: each
 * with its own clientRequestId, retried on another node (same id) when a node dies or the
 * database is away, so a lost answer never creates a second file.
 */
final class FileLoad {

    /** How long one file may keep failing (a node restarting, PostgreSQL restarting) before the load gives up on it. */
    private static final Duration GIVE_UP_AFTER = Duration.ofSeconds(150);
    private static final String DESK = "tiepnhan1:demo";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One file to send. {@code overdue} files were received on paper two months ago, so their deadline timers are due at once. */
    record Request(String clientRequestId, String procedureKey, boolean overdue) {
    }

    /** What came back: the file code, the node that answered and how many attempts it took. */
    record Outcome(Request request, String code, String node, int status, int attempts, String error) {
        boolean accepted() {
            return code != null;
        }
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final Supplier<List<ClusterNode>> liveNodes;
    private final ConcurrentLinkedQueue<Outcome> outcomes = new ConcurrentLinkedQueue<>();
    private final AtomicInteger retries = new AtomicInteger();
    private final AtomicInteger next = new AtomicInteger();

    FileLoad(Supplier<List<ClusterNode>> liveNodes) {
        this.liveNodes = liveNodes;
    }

    static List<String> procedureKeys(ClusterNode node) throws Exception {
        HttpResponse<String> response = node.http().get("/api/procedures", DESK);
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET /api/procedures: " + response.statusCode() + " " + response.body());
        }
        List<String> keys = new ArrayList<>();
        JSON.readTree(response.body()).forEach(rule -> keys.add(rule.get("key").asText()));
        return keys;
    }

    /** {@code count} files over every procedure; two in three are overdue. */
    static List<Request> requests(String run, int from, int count, List<String> procedures) {
        List<Request> requests = new ArrayList<>();
        for (int i = from; i < from + count; i++) {
            requests.add(new Request(run + "-" + i, procedures.get(i % procedures.size()), i % 3 != 2));
        }
        return requests;
    }

    /** Sends the files with {@code threads} callers; returns at once, the future ends when every file has an outcome. */
    Future<?> sendAsync(List<Request> requests, int threads) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> sends = new ArrayList<>();
        for (Request request : requests) {
            sends.add(pool.submit(() -> outcomes.add(send(request))));
        }
        pool.shutdown();
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "file-load-wait");
            t.setDaemon(true);
            return t;
        }).submit(() -> {
            for (Future<?> send : sends) {
                send.get();
            }
            return null;
        });
    }

    Outcome send(Request request) {
        Instant giveUp = Instant.now().plus(GIVE_UP_AFTER);
        String body = body(request);
        String lastError = null;
        for (int attempt = 1; Instant.now().isBefore(giveUp); attempt++) {
            List<ClusterNode> nodes = liveNodes.get();
            if (nodes.isEmpty()) {
                pause(500);
                continue;
            }
            ClusterNode node = nodes.get(Math.floorMod(next.getAndIncrement(), nodes.size()));
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(node.http().uri("/api/dossiers"))
                        .timeout(Duration.ofSeconds(60))
                        .header("Content-Type", "application/json")
                        .header("Authorization", "Basic "
                                + Base64.getEncoder().encodeToString(DESK.getBytes(StandardCharsets.UTF_8)))
                        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                if (response.statusCode() == 200 || response.statusCode() == 201) {
                    return new Outcome(request, JSON.readTree(response.body()).get("code").asText(), node.name(),
                            response.statusCode(), attempt, lastError);
                }
                if (response.statusCode() < 500) {
                    // a 4xx is the test's fault, not a fault to ride out
                    return new Outcome(request, null, node.name(), response.statusCode(), attempt, response.body());
                }
                lastError = node.name() + ": " + response.statusCode() + " " + abbreviate(response.body());
            } catch (IOException e) {
                lastError = node.name() + ": " + e;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Outcome(request, null, null, 0, attempt, "interrupted");
            }
            retries.incrementAndGet();
            pause(300);
        }
        return new Outcome(request, null, null, 0, -1, "gave up: " + lastError);
    }

    /** One file straight to one node, no retry: after a fault, the node must simply accept it. */
    Outcome sendOnce(ClusterNode node, Request request) throws Exception {
        HttpResponse<String> response = node.http().post("/api/dossiers", DESK, body(request));
        JsonNode answer = response.statusCode() == 201 ? JSON.readTree(response.body()) : null;
        Outcome outcome = new Outcome(request, answer == null ? null : answer.get("code").asText(), node.name(),
                response.statusCode(), 1, answer == null ? response.body() : null);
        outcomes.add(outcome);
        return outcome;
    }

    List<Outcome> outcomes() {
        return List.copyOf(outcomes);
    }

    int retries() {
        return retries.get();
    }

    private static String body(Request request) {
        Map<String, Object> applicant = new LinkedHashMap<>();
        applicant.put("fullName", "Người nộp " + request.clientRequestId());
        applicant.put("idNumber", String.format("%012d", Math.floorMod(request.clientRequestId().hashCode(), 1_000_000_000L)));
        applicant.put("address", "Ấp 3, xã Long Thành");
        Map<String, Object> parcel = new LinkedHashMap<>();
        parcel.put("communeCode", "26041");
        parcel.put("mapSheet", "21");
        parcel.put("parcelNumber", String.valueOf(Math.floorMod(request.clientRequestId().hashCode(), 900) + 100));
        parcel.put("address", "Ấp 3, xã Long Thành");
        Map<String, Object> file = new LinkedHashMap<>();
        file.put("procedureKey", request.procedureKey());
        file.put("clientRequestId", request.clientRequestId());
        file.put("channel", "IN_PERSON");
        if (request.overdue()) {
            // Received on paper two months ago: past every time limit, so near-due, apology and overdue timers are due now.
            file.put("receivedAt", Instant.now().minus(Duration.ofDays(60)).toString());
        }
        file.put("applicant", applicant);
        file.put("parcel", parcel);
        file.put("requestSummary", "Hồ sơ thử cụm hai nút");
        try {
            return JSON.writeValueAsString(file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String abbreviate(String text) {
        return text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
