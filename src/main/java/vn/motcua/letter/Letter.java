package vn.motcua.letter;

import java.time.Instant;

/** An issued letter as listed: what it is, its number and when it was issued (no content). */
public record Letter(long id, long dossierId, LetterKind kind, String number, String title, Instant createdAt) {
}
