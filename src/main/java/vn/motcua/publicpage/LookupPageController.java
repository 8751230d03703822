package vn.motcua.publicpage;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

import vn.motcua.dossier.Dossier;
import vn.motcua.letter.LetterReader;
import vn.motcua.letter.LookupThrottle;
import vn.motcua.system.Messages;

/**
 * "Tra cứu hồ sơ": the applicant types the file code and the secret printed on the receipt, or opens the
 * receipt's QR code ({@code /tra-cuu?ma=<code>#secret=<secret>}: the page's script copies the fragment into
 * the form). The form posts both; the answer is the file's page, or the same message for a wrong code
 * and a wrong secret. Letters are downloaded by posting the same proof again.
 */
@Controller
@RequestMapping("/tra-cuu")
class LookupPageController extends CitizenProofPage {

    /** The query flag of a form that came back without its CSRF token ({@link PublicPagesSecurity}). */
    static final String STALE_FORM = "het-han";

    private final PublicFiles files;
    private final LetterReader letters;
    private final PublicPagesProperties settings;

    LookupPageController(CitizenProof proof, PublicFiles files, LetterReader letters, PublicPagesProperties settings) {
        super(proof);
        this.files = files;
        this.letters = letters;
        this.settings = settings;
    }

    @GetMapping
    ModelAndView form(@RequestParam(name = "ma", required = false) String code, HttpServletRequest request) {
        if (vn.motcua.letter.SecretInAddress.in(request.getQueryString())) {
            return proof.form(HttpStatus.BAD_REQUEST, code, Messages.text("publicpage.lookup.secretInPageAddress"));
        }
        if (request.getParameter(STALE_FORM) != null) {
            return proof.form(HttpStatus.OK, code, Messages.text("publicpage.lookup.staleForm"));
        }
        return proof.form(HttpStatus.OK, code, null);
    }

    @PostMapping
    ModelAndView lookup(@RequestParam(required = false) String code, @RequestParam(required = false) String secret,
            HttpServletRequest request) {
        Dossier dossier = proof.file(code, secret, request);
        ModelAndView page = new ModelAndView("public/file");
        page.addObject("f", files.of(dossier));
        // posted again by the page's own buttons (letters, rating); the page is never cached
        page.addObject("secret", secret.strip());
        page.addObject("hotline", settings.hotline());
        return page;
    }

    /** A letter's PDF to keep: the proof is posted again, so it never sits in an address. */
    @PostMapping("/giay-to/{id}")
    ResponseEntity<byte[]> letter(@PathVariable long id, @RequestParam(required = false) String code,
            @RequestParam(required = false) String secret, HttpServletRequest request) {
        Dossier dossier = proof.file(code, secret, request);
        ResponseEntity<byte[]> pdf = letters.citizenLetter(dossier.code(), id, secret, "pdf",
                LookupThrottle.clientOf(request.getRemoteAddr()));
        String name = ContentDisposition.parse(pdf.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION)).getFilename();
        return ResponseEntity.ok().contentType(org.springframework.http.MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(pdf.getBody());
    }
}
