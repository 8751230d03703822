package vn.motcua.feedback;

import java.time.Duration;
import java.time.Instant;

/** A reception dialogue the desk recorded (V23). */
public record DeskDialogue(long id, String deskGroup, String officer, String dossierCode, Long dossierId, String personName,
        String topic, String outcome, Instant startedAt, Instant endedAt) {

    public long minutes() {
        return Duration.between(startedAt, endedAt).toMinutes();
    }
}
