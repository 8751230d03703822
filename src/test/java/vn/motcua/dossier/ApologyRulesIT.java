package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.dossier.FileScenario.clockAt;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.motcua.support.IntegrationTest;

/**
 * The apology of issue 17 (items 6 and 8): it is opened only for a file likely to be late, and a
 * file already late can still get one, with a new date, while it stays counted late.
 * Mon 23/11/2026 accepted, land-use conversion: due Mon 21/12/2026.
 */
@IntegrationTest
class ApologyRulesIT {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);

    @Autowired
    FileScenario files;
    @Autowired
    DossierService dossiers;
    @Autowired
    DossierRegister register;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void anApologyAfterTheDueDateSetsTheNewDateAndTheFileStaysLate() {
        clockAt(MONDAY, LocalTime.of(9, 0));
        String code = files.receive().code();
        clockAt(LocalDate.of(2026, 12, 17), LocalTime.of(8, 0));
        files.fireDueTimers(code);
        assertThat(files.task(code, "proposeExtension")).as("nothing done yet: likely late").isNotNull();

        clockAt(LocalDate.of(2026, 12, 22), LocalTime.of(9, 0));
        files.complete(code, "proposeExtension", Map.of("delayReason", "Chờ kết quả đo đạc lại của Văn phòng đăng ký",
                "newDueDate", "2026-12-31"));
        Dossier extended = dossiers.get(code);
        assertThat(extended.extended()).isTrue();
        assertThat(extended.dueDate()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(register.statusHistory(extended.id())).filteredOn(c -> c.status().equals("APOLOGY_SENT"))
                .singleElement().satisfies(c -> assertThat(c.reason()).contains("sau ngày hẹn 21/12/2026"));

        clockAt(LocalDate.of(2026, 12, 30), LocalTime.of(9, 0));
        files.completeUntil(code, "end");
        Dossier finished = dossiers.get(code);
        assertThat(finished.status()).isEqualTo(DossierStatus.FINISHED);
        assertThat(register.statusHistory(finished.id())).filteredOn(c -> c.status().equals("FINISHED"))
                .singleElement().satisfies(c -> assertThat(c.reason()).isEqualTo(Timeliness.LATE.label()));
    }

    @Test
    void noApologyTaskForAFileThatWillBeReadyInTime() {
        clockAt(MONDAY, LocalTime.of(9, 0));
        String code = files.receive().code();
        files.completeUntil(code, "returnResult");
        clockAt(LocalDate.of(2026, 12, 17), LocalTime.of(8, 0));
        files.fireDueTimers(code);
        assertThat(files.task(code, "proposeExtension")).as("only the hand-over is left: not likely late").isNull();
        assertThat(files.task(code, "returnResult")).isNotNull();
    }
}
