package vn.motcua.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/** The local PostgreSQL server, restarted as an operator would (Debian's pg_ctlcluster). */
final class PostgresServer {

    static void restart() throws Exception {
        String version = System.getProperty("motcua.cluster.pg-version", "");
        if (version.isBlank()) {
            try (var dirs = Files.list(Path.of("/etc/postgresql"))) {
                version = dirs.map(p -> p.getFileName().toString()).sorted().findFirst().orElseThrow();
            }
        }
        Process restart = new ProcessBuilder("pg_ctlcluster", "--skip-systemctl-redirect", version, "main", "restart")
                .redirectErrorStream(true).start();
        String output = new String(restart.getInputStream().readAllBytes());
        assertThat(restart.waitFor()).as("pg_ctlcluster restart: " + output).isZero();
        awaitReady(Duration.ofSeconds(60));
    }

    static void awaitReady(Duration timeout) {
        Instant giveUp = Instant.now().plus(timeout);
        try {
            while (Instant.now().isBefore(giveUp)) {
                Process ready = new ProcessBuilder("pg_isready", "-q", "-h", "127.0.0.1", "-p", "5432").start();
                if (ready.waitFor() == 0) {
                    return;
                }
                Thread.sleep(200);
            }
        } catch (Exception e) {
            throw new IllegalStateException("pg_isready failed", e);
        }
        throw new IllegalStateException("PostgreSQL not ready after " + timeout);
    }
}
