package vn.motcua.dossier;

import java.time.Instant;

public record StatusChange(String status, String reason, String actor, Instant changedAt) {
}
