package vn.motcua.letter;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.dossier.Dossier;
import vn.motcua.organisation.Agency;

/**
 * The tracking book (Sổ theo dõi hồ sơ, the one-stop form the receipt's "Quyển số ..., Số thứ tự ..."
 * points to): one entry per accepted file in its receiving desk's book of the year, kept in the
 * register ({@code mc_tracking_book}) rather than only in a letter. Entries are numbered per desk and
 * year from the desk's own "STD" sequence, which started the year where the desk's receipts stood, so
 * an entry still equals its receipt's number. A file asked for again keeps its first entry.
 */
@Component
public class TrackingBook {

    /** @param book Quyển số: the year; @param entry Số thứ tự in that book */
    public record Entry(int book, int entry) {
    }

    private final JdbcTemplate jdbc;
    private final LetterNumbers numbers;

    TrackingBook(JdbcTemplate jdbc, LetterNumbers numbers) {
        this.jdbc = jdbc;
        this.numbers = numbers;
    }

    /**
     * The file's entry, written now if it has none. Callers hold the file's row lock (every step
     * does), so two calls for one file never both write.
     */
    @Transactional
    public Entry entryFor(Dossier dossier, Agency desk, Instant acceptedAt) {
        List<Entry> existing = jdbc.query("select book_year, entry_no from mc_tracking_book where dossier_id = ?",
                (rs, i) -> new Entry(rs.getInt(1), rs.getInt(2)), dossier.id());
        if (!existing.isEmpty()) {
            return existing.get(0);
        }
        int year = VietnameseDates.localDay(acceptedAt).getYear();
        Entry entry = new Entry(year, numbers.next(LetterSeries.trackingBook(desk), year));
        jdbc.update("insert into mc_tracking_book (dossier_id, desk_id, book_year, entry_no, created_at) values (?, ?, ?, ?, ?)",
                dossier.id(), desk.id(), entry.book(), entry.entry(), Timestamp.from(acceptedAt));
        return entry;
    }
}
