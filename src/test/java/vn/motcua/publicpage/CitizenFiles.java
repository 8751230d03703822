package vn.motcua.publicpage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.motcua.dossier.Channel;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierService;
import vn.motcua.dossier.ReceivedFile;
import vn.motcua.support.HttpCalls;

/**
 * Files as an applicant holds them: received at Long Thành's desk through the service, with the code
 * and the secret read off the receipt as the desk prints it (the register keeps only its hash).
 */
public final class CitizenFiles {

    /** A file and the proof printed on its receipt. */
    public record Held(String code, String secret, String receiptHtml) {
    }

    private static final Pattern RECEIPT_ID = Pattern.compile("\"id\":(\\d+),\"kind\":\"RECEIPT\"");
    private static final Pattern SECRET = Pattern.compile("<div class=\"secret\">([A-Z0-9-]+)</div>");

    private final DossierService dossiers;
    private final HttpCalls calls;

    public CitizenFiles(DossierService dossiers, HttpCalls calls) {
        this.dossiers = dossiers;
        this.calls = calls;
    }

    public Held receive(String applicant) throws Exception {
        String code = dossiers.receive(new ReceivedFile("land-use-conversion", null, Channel.IN_PERSON,
                new Dossier.Applicant(applicant, "001203004567", null, null, "Thôn Đông"),
                new Dossier.Parcel("12", "345", "Thôn Đông, xã Long Thành", "26041", false), "Chuyển mục đích", null),
                "tiepnhan1").code();
        Matcher id = RECEIPT_ID.matcher(calls.get("/api/dossiers/" + code + "/letters", "tiepnhan1:demo").body());
        assertThat(id.find()).isTrue();
        String html = calls.get("/api/dossiers/" + code + "/letters/" + id.group(1) + "?format=html", "tiepnhan1:demo").body();
        Matcher secret = SECRET.matcher(html);
        assertThat(secret.find()).isTrue();
        return new Held(code, secret.group(1), html);
    }

    /** The result handed over at the desk: the file may be rated. */
    public void finish(String code) {
        dossiers.prepareResult(code, "APPROVED", "lanhdao1");
        dossiers.finish(code, "IN_PERSON", "tiepnhan1");
    }
}
