package vn.motcua.letter;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

import vn.motcua.dossier.ReceivedDocument;
import vn.motcua.dossier.ReceivedDocuments;

/**
 * Data is text, never markup or template code: a name holding HTML, an interpolation and a
 * FreeMarker directive prints literally, escaped in the HTML and as typed in the PDF.
 */
class LetterEscapingTest {

    private static final String HOSTILE = "<b>x</b> ${7*7} <#assign a=1>";

    @Test
    void hostileApplicantNamePrintsAsText() throws IOException {
        LetterFacts facts = SampleLetters.facts(LetterKind.RECEIPT, SampleLetters.dossier(HOSTILE))
                .withText("<script>alert(1)</script>");
        String html = new LetterTemplates().render(LetterKind.RECEIPT, SampleLetters.models().of(facts));

        assertThat(html).contains("&lt;b&gt;x&lt;/b&gt; ${7*7} &lt;#assign a=1&gt;")
                .doesNotContain("<b>x</b>").doesNotContain("<#assign").doesNotContain(" 49 ");

        try (PDDocument pdf = Loader.loadPDF(new PdfRenderer().render(html))) {
            assertThat(LetterPdfTest.text(pdf)).contains(HOSTILE);
        }
    }

    @Test
    void hostilePaperNamesPrintAsText() {
        LetterFacts facts = SampleLetters.facts(LetterKind.RECEIPT).withReceipt(new LetterFacts.Receipt(SampleLetters.SECRET,
                new TrackingBook.Entry(2026, 1), new ReceivedDocuments(1, List.of(new ReceivedDocument(HOSTILE, null, null))),
                null));
        String html = new LetterTemplates().render(LetterKind.RECEIPT, SampleLetters.models().of(facts));
        assertThat(html).contains("<li>&lt;b&gt;x&lt;/b&gt; ${7*7} &lt;#assign a=1&gt;</li>").doesNotContain("<b>x</b>");
    }

    @Test
    void hostileReasonsAndItemsPrintAsText() {
        String items = "<img src=x onerror=alert(1)>; \"quoted\" & 'single'";
        LetterFacts facts = SampleLetters.facts(LetterKind.SUPPLEMENT_REQUEST).withText(items);
        String html = new LetterTemplates().render(LetterKind.SUPPLEMENT_REQUEST, SampleLetters.models().of(facts));
        assertThat(html).contains("<li>&lt;img src=x onerror=alert(1)&gt;</li>")
                .contains("<li>&quot;quoted&quot; &amp; &#39;single&#39;</li>")
                .doesNotContain("<img src=x");
    }
}
