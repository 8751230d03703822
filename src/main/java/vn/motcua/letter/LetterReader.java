package vn.motcua.letter;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierService;
import vn.motcua.system.InvalidRequestException;
import vn.motcua.system.Messages;
import vn.motcua.system.NotFoundException;
import vn.motcua.system.PlainText;

/** Reading a file's letters, for officers (everything) and citizens (with the lookup secret). */
@Component
public class LetterReader {

    /** One answer for an unknown code, a wrong secret and a letter that is not theirs: nothing leaks. */
    public static final String CITIZEN_NOT_FOUND = Messages.text("letter.lookup.notFound");
    /** The stored HTML is our own markup with escaped data; still, it may run nothing and load nothing. */
    private static final String HTML_POLICY = "default-src 'none'; img-src data:; style-src 'unsafe-inline'";

    public record LetterView(long id, String kind, String title, String number, java.time.Instant createdAt) {

        static LetterView of(Letter letter) {
            return new LetterView(letter.id(), letter.kind().name(), letter.title(), letter.number(), letter.createdAt());
        }
    }

    private final DossierService dossiers;
    private final LetterArchive archive;
    private final LetterPdfs pdfs;
    private final LookupSecrets secrets;
    private final LookupThrottle throttle;

    LetterReader(DossierService dossiers, LetterArchive archive, LetterPdfs pdfs, LookupSecrets secrets,
            LookupThrottle throttle) {
        this.dossiers = dossiers;
        this.archive = archive;
        this.pdfs = pdfs;
        this.secrets = secrets;
        this.throttle = throttle;
    }

    public List<LetterView> forOfficer(String code) {
        return archive.of(dossiers.get(code).id()).stream().map(LetterView::of).toList();
    }

    public ResponseEntity<byte[]> officerLetter(String code, long id, String format) {
        Dossier dossier = dossiers.get(code);
        Letter letter = archive.find(dossier.id(), id)
                .orElseThrow(() -> new NotFoundException(Messages.text("letter.read.notInFile", code, id)));
        return content(dossier, letter, format);
    }

    /** The letter's PDF as a file to keep ("Tải về" on the file page), not to show in the browser. */
    public ResponseEntity<byte[]> officerDownload(String code, long id) {
        ResponseEntity<byte[]> pdf = officerLetter(code, id, "pdf");
        String inline = pdf.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION);
        String filename = ContentDisposition.parse(inline).getFilename();
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
                .body(pdf.getBody());
    }

    /** @param client who asks, as {@link LookupThrottle#clientOf} keys it */
    public List<LetterView> forCitizen(String code, String secret, String client) {
        return archive.of(citizenFile(code, secret, client).id()).stream().filter(l -> l.kind().citizenVisible())
                .map(LetterView::of).toList();
    }

    public ResponseEntity<byte[]> citizenLetter(String code, long id, String secret, String format, String client) {
        Dossier dossier = citizenFile(code, secret, client);
        Letter letter = archive.find(dossier.id(), id).filter(l -> l.kind().citizenVisible())
                .orElseThrow(() -> new NotFoundException(CITIZEN_NOT_FOUND));
        return content(dossier, letter, format);
    }

    /**
     * The file a citizen proves with its code and the receipt's secret. An unknown code and a wrong secret
     * take the same path: one query, one hash, one answer.
     *
     * @throws LookupThrottle.Held while the client waits after its misses
     * @throws NotFoundException   with {@link #CITIZEN_NOT_FOUND}, for a wrong code or secret alike
     */
    public Dossier citizenFile(String code, String secret, String client) {
        throttle.checkAllowed(client);
        if (!secrets.matches(code, secret)) {
            throttle.recordMiss(client, code);
            throw new NotFoundException(CITIZEN_NOT_FOUND);
        }
        return dossiers.get(code);
    }

    private ResponseEntity<byte[]> content(Dossier dossier, Letter letter, String format) {
        String name = dossier.code() + "-" + letter.kind().slug();
        if (format == null || format.isBlank() || "pdf".equalsIgnoreCase(format)) {
            return ResponseEntity.ok()
                    .contentType(MediaType.APPLICATION_PDF)
                    .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                            .filename(name + ".pdf").build().toString()) // ASCII: a plain filename every client reads
                    .body(pdfs.pdf(letter.id()));
        }
        if ("html".equalsIgnoreCase(format)) {
            return ResponseEntity.ok()
                    .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                    .header("Content-Security-Policy", HTML_POLICY)
                    .body(PlainText.printableOnly(archive.html(letter.id())).getBytes(StandardCharsets.UTF_8));
        }
        throw new InvalidRequestException("format", Messages.text("letter.read.format"));
    }
}
