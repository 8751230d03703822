package vn.motcua.benchmark;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A second application node for the two-node storm ({@code -Dbench.storm.nodes=2}): the packaged jar in a
 * JVM of its own, on the benchmark's PostgreSQL database, with the application's job executor settings, as
 * a province's second node would run. Its output goes to {@code target/bench-node-b.log}.
 */
final class SecondNode implements AutoCloseable {

    /** The name the node's job log entries carry ({@code ACT_HI_JOB_LOG.HOSTNAME_}). */
    static final String HOSTNAME = "bench-node-b";

    private final Process process;
    private final Path log;
    private final int port;

    private SecondNode(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    /**
     * Starts the node and waits until it answers UP. While it has nothing to do, its job executor looks for due
     * jobs every 2 s at the longest (the application's idle back-off grows to 60 s), so that it finds a backlog
     * released under it within 2 s, as the node that releases it does; a busy job executor does not wait.
     */
    static SecondNode start(BenchDatabase database, Duration timeout) throws IOException, InterruptedException {
        if (!database.isPostgres()) {
            throw new IllegalArgumentException("two nodes share a PostgreSQL database; H2's file is one JVM's");
        }
        String jar = System.getProperty("motcua.bench.jar", "");
        if (jar.isBlank() || !Files.exists(Path.of(jar))) {
            throw new IllegalStateException("the packaged jar (motcua.bench.jar) is missing: " + jar);
        }
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar));
        command.addAll(database.springArguments());
        command.addAll(List.of("--server.port=" + port, "--camunda.bpm.job-execution.enabled=true",
                "--camunda.bpm.generic-properties.properties.hostname=" + HOSTNAME, "--motcua.demo.enabled=false",
                "--camunda.bpm.job-execution.wait-time-in-millis=1000", "--camunda.bpm.job-execution.max-wait=2000",
                "--logging.level.root=WARN", "--spring.main.banner-mode=off"));
        Path log = Path.of("target", "bench-node-b.log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(log.toFile())).start();
        SecondNode node = new SecondNode(process, log, port);
        node.awaitUp(timeout);
        return node;
    }

    private void awaitUp(Duration timeout) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness"))
                .timeout(Duration.ofSeconds(3)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the second node exited with " + process.exitValue() + "; see " + log);
            }
            try {
                if (http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        close();
        throw new IllegalStateException("the second node was not ready within " + timeout + "; see " + log);
    }

    @Override
    public void close() {
        process.destroy(); // SIGTERM: the node shuts down as an operator's restart would
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
