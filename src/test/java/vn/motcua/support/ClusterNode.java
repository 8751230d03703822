package vn.motcua.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;


/**
 * One application node as its own operating-system process: the repackaged jar from the
 * package phase, started with the postgres profile on a shared database, the job executor on. The
 * cluster test (vn.motcua.cluster) kills, freezes and restarts them; the timer storm's second node
 * (vn.motcua.benchmark) drains a backlog beside the benchmark's own application.
 */
public final class ClusterNode {

    private final String name;
    private final Path jar;
    private final Path logFile;
    private final Map<String, String> environment;
    private final List<String> properties;
    private final int port;
    private Process process;
    private volatile boolean alive;
    private volatile boolean serving;
    private Instant startedAt;

    public ClusterNode(String name, Path jar, Path workDir, Map<String, String> environment, List<String> properties)
            throws IOException {
        this(name, freePort(), jar, workDir, environment, properties);
    }

    /** With a port chosen up front, so other nodes can be told it before this node exists. */
    public ClusterNode(String name, int port, Path jar, Path workDir, Map<String, String> environment, List<String> properties)
            throws IOException {
        this.name = name;
        this.jar = jar;
        this.environment = environment;
        this.properties = properties;
        this.port = port;
        this.logFile = workDir.resolve(name + ".log");
        Files.createDirectories(workDir.resolve(name));
    }

    public String name() {
        return name;
    }

    public int port() {
        return port;
    }

    public boolean isAlive() {
        return alive && process != null && process.isAlive();
    }

    /** In the load balancer's rotation: started, ready, and not killed since. */
    public boolean isServing() {
        return serving && isAlive();
    }

    public void joinRotation() {
        serving = true;
    }

    public HttpCalls http() {
        return new HttpCalls(port);
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Path logFile() {
        return logFile;
    }

    /** Starts the JVM; its output goes to {@code <name>.log}, appended across restarts. */
    public void start() throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx768m", "-XX:+UseSerialGC", "-jar", jar.toString(),
                "--spring.profiles.active=postgres",
                "--server.port=" + port,
                // job log and metrics name the node that ran each job
                "--camunda.bpm.generic-properties.properties.hostname=" + name));
        command.addAll(properties);
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(logFile.getParent().resolve(name).toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
        builder.environment().putAll(environment);
        Files.writeString(logFile, "==== " + Instant.now() + " start " + String.join(" ", command) + "\n",
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        startedAt = Instant.now();
        process = builder.start();
        alive = true;
    }

    /** SIGSTOP: the JVM stops where it is, holding its connections, transactions and job locks. */
    public void freeze() throws Exception {
        signal("STOP");
    }

    /** SIGCONT: carries on as if nothing happened. */
    public void thaw() throws Exception {
        signal("CONT");
    }

    private void signal(String signal) throws Exception {
        int exit = new ProcessBuilder("kill", "-" + signal, String.valueOf(process.pid())).inheritIO().start().waitFor();
        if (exit != 0) {
            throw new IllegalStateException("kill -" + signal + " " + process.pid() + " failed: " + exit);
        }
    }

    /** SIGKILL: no shutdown hook runs, open transactions die with their connections, locks stay behind. */
    public void kill() throws InterruptedException {
        alive = false;
        serving = false;
        if (process != null) {
            process.destroyForcibly();
            process.waitFor();
        }
    }

    /** SIGTERM, as an operator's restart: the node shuts down in order (forced after a minute). */
    public void stop() throws InterruptedException {
        alive = false;
        serving = false;
        if (process != null) {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    /** Polls /actuator/health until it answers UP (or WARN); fails early if the process died. */
    public Duration awaitUp(Duration timeout) throws Exception {
        Instant start = Instant.now();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        while (Duration.between(start, Instant.now()).compareTo(timeout) < 0) {
            if (process == null || !process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + (process == null ? "-" : process.exitValue())
                        + "; see " + logFile);
            }
            if (isUp(http)) {
                return Duration.between(start, Instant.now());
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException(name + " not UP after " + timeout + "; see " + logFile);
    }

    public boolean isUp() {
        return isUp(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build());
    }

    private boolean isUp(HttpClient http) {
        try {
            HttpResponse<String> health = http.send(HttpRequest.newBuilder(http().uri("/actuator/health"))
                    .timeout(Duration.ofSeconds(3)).build(), HttpResponse.BodyHandlers.ofString());
            // WARN: serving, with the portal outbox late (a simulated 503 retried); the node is up all the same.
            return health.statusCode() == 200 && (health.body().contains("\"UP\"") || health.body().contains("\"WARN\""));
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The last lines of the node's log, for a failure message. */
    public String logTail(int lines) {
        try {
            List<String> all = Files.readAllLines(logFile);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
