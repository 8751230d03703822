package vn.motcua.letter;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.springframework.stereotype.Component;

import com.openhtmltopdf.extend.impl.FSDefaultCacheStore;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.PageSizeUnits;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;

import vn.motcua.system.PlainText;

/**
 * Prints a letter's HTML to an A4 PDF with openhtmltopdf. DejaVu Serif Condensed (regular, bold,
 * italic) is registered from the classpath and embedded as a subset, so every Vietnamese letter
 * prints whatever fonts the server has. Only {@code data:} URIs load: a letter never reaches the network
 * or the file system. The PDF declares PDF/A-2u, the archival profile: every font embedded, text
 * mapped to Unicode, an sRGB output intent; it also keeps the renderer from offering the
 * non-embedded standard 14 fonts as fallbacks.
 */
@Component
class PdfRenderer {

    static final String FONT_FAMILY = "DejaVu Serif Condensed";

    static {
        PdfLogging.install();
    }

    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    private final byte[] regular = font("DejaVuSerifCondensed.ttf");
    private final byte[] bold = font("DejaVuSerifCondensed-Bold.ttf");
    private final byte[] italic = font("DejaVuSerifCondensed-Italic.ttf");
    /** Font metrics parsed once, not for every letter. */
    private final FSDefaultCacheStore fontMetrics = new FSDefaultCacheStore();

    byte[] render(String html) {
        var out = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .useFont(() -> new ByteArrayInputStream(regular), FONT_FAMILY, 400, FontStyle.NORMAL, true)
                .useFont(() -> new ByteArrayInputStream(bold), FONT_FAMILY, 700, FontStyle.NORMAL, true)
                .useFont(() -> new ByteArrayInputStream(italic), FONT_FAMILY, 400, FontStyle.ITALIC, true)
                .useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, fontMetrics)
                .useDefaultPageSize(210, 297, PageSizeUnits.MM)
                .useExternalResourceAccessControl((uri, type) -> uri != null && uri.startsWith("data:"),
                        ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
                // A letter stored before reception refused control characters must still print: the XML
                // parser would fail on them for good.
                .withHtmlContent(PlainText.printableOnly(html), null)
                .usePdfAConformance(PdfAConformance.PDFA_2_U)
                .useColorProfile(SRGB)
                .withProducer("Motcua")
                .toStream(out);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot print the letter to PDF", e);
        }
        return out.toByteArray();
    }

    private static byte[] font(String file) {
        try (InputStream in = PdfRenderer.class.getResourceAsStream("/fonts/" + file)) {
            if (in == null) {
                throw new IllegalStateException("Font /fonts/" + file + " is missing from the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
