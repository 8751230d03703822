package vn.motcua.procedure;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.motcua.dossier.Channel;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierService;
import vn.motcua.dossier.ReceivedFile;
import vn.motcua.support.HttpCalls;
import vn.motcua.support.IntegrationTest;
import vn.motcua.system.TimeSource;

/** An analyst changes a time limit: new files get it, files already received keep theirs. */
@IntegrationTest
class TimeLimitChangeIT {

    /** The folder that {@code motcua.procedures.time-limits-dir} names in the integration tests. */
    private static final Path TABLES = Path.of("target/it-time-limits");

    @LocalServerPort
    int port;
    @Autowired
    DossierService dossiers;
    @Autowired
    TimeSource clock;

    private HttpCalls calls;

    @BeforeEach
    void folder() throws Exception {
        Files.createDirectories(TABLES);
        calls = new HttpCalls(port);
    }

    @AfterEach
    void restore() throws Exception {
        try (var files = Files.list(TABLES)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        assertThat(calls.post("/api/procedures/reload", "phantich1:demo", null).statusCode()).isEqualTo(200);
    }

    @Test
    void aNewLimitAppliesToNewFilesOnlyAndABrokenTableIsRefused() throws Exception {
        Dossier before = receive();
        assertThat(before.timeLimitDays()).isEqualTo(20);

        Files.writeString(TABLES.resolve("national-" + clock.today() + ".yaml"), """
                setBy: "Quyết định thử nghiệm rút ngắn thời hạn"
                effectiveFrom: %s
                procedures:
                  land-use-conversion:
                    name: "Chuyển mục đích sử dụng đất"
                    workingDays: 15
                    processingUnit: landoffice
                    steps:
                      appraiseFile: 5
                """.formatted(clock.today()));
        assertThat(calls.post("/api/procedures/reload", "chuyenvien1:demo", null).statusCode()).isEqualTo(403);
        var reloaded = calls.post("/api/procedures/reload", "phantich1:demo", null);
        assertThat(reloaded.statusCode()).isEqualTo(200);
        assertThat(reloaded.body()).contains("national-" + clock.today() + ".yaml");

        Dossier after = receive();
        assertThat(after.timeLimitDays()).isEqualTo(15);
        assertThat(after.timeLimitSource()).contains("Quyết định thử nghiệm");
        Dossier unchanged = dossiers.get(before.code());
        assertThat(unchanged.timeLimitDays()).isEqualTo(20);
        assertThat(unchanged.dueDate()).isEqualTo(before.dueDate());

        Files.writeString(TABLES.resolve("broken.yaml"), """
                setBy: "x"
                effectiveFrom: 2026-01-01
                procedures:
                  land-use-conversion:
                    name: "x"
                    processingUnit: landoffice
                    workingDays: -3
                """);
        var refused = calls.post("/api/procedures/reload", "phantich1:demo", null);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("broken.yaml").contains("chưa áp dụng");
        assertThat(receive().timeLimitDays()).isEqualTo(15);
    }

    private Dossier receive() {
        return dossiers.receive(new ReceivedFile("land-use-conversion", null, Channel.ONLINE,
                new Dossier.Applicant("Đoàn Văn Lực", "001203007777", null, null, "Xã Long Thành"),
                new Dossier.Parcel("5", "66", "Ấp 4", "26041", false), null, null), "tiepnhan1");
    }
}
