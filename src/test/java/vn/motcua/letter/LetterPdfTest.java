package vn.motcua.letter;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The PDFs as a reader gets them: A4, Vietnamese text extracted exactly as written, every font
 * embedded. Each page is also drawn to {@code target/letters-png/<kind>-<page>.png} (100 dpi) so
 * a reviewer can look at the layout.
 */
class LetterPdfTest {

    static final Path PNG_DIR = Path.of("target/letters-png");
    private static final float A4_WIDTH_PT = 595.28f;
    private static final float A4_HEIGHT_PT = 841.89f;

    private final LetterTemplates templates = new LetterTemplates();
    private final PdfRenderer pdf = new PdfRenderer();

    @Test
    void receiptPrintsVietnameseExactlyWithEmbeddedFonts() throws IOException {
        byte[] bytes = pdf.render(html(LetterKind.RECEIPT, SampleLetters.facts(LetterKind.RECEIPT)));
        try (PDDocument document = Loader.loadPDF(bytes)) {
            String text = text(document);
            assertThat(text).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                    "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ", "Giấy tiếp nhận hồ sơ và hẹn trả kết quả",
                    "Trần Thị Bình", "Long Thành, ngày 23 tháng 11 năm 2026", "000.00.15.H57-261123-0007",
                    "K7PX-3QMA", "09 giờ 00 phút, ngày 23/11/2026", "ngày 21/12/2026", "Số: 01/TNHS-TTPVHCC");
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Giấy tiếp nhận hồ sơ và hẹn trả kết quả");
            assertThat(fonts(document)).isNotEmpty().allSatisfy(font -> {
                assertThat(font.getName()).contains("DejaVuSerifCondensed");
                assertThat(font.isEmbedded()).as(font.getName() + " embedded").isTrue();
            });
            assertThat(document.getPage(0).getResources().getXObjectNames()).as("the QR code image").isNotEmpty();
            // Declared PDF/A-2u (archival): the XMP metadata names the part and conformance level.
            String xmp = new String(document.getDocumentCatalog().getMetadata().toByteArray(),
                    java.nio.charset.StandardCharsets.UTF_8);
            assertThat(xmp).contains("pdfaid:part", "2").contains("pdfaid:conformance", "U");
        }
    }

    @ParameterizedTest
    @EnumSource(LetterKind.class)
    void everyLetterIsA4WithItsTitleAndIsDrawnForReview(LetterKind kind) throws IOException {
        byte[] bytes = pdf.render(html(kind, SampleLetters.facts(kind)));
        assertThat(new String(bytes, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(bytes)) {
            for (PDPage page : document.getPages()) {
                assertThat(page.getMediaBox().getWidth()).isCloseTo(A4_WIDTH_PT, org.assertj.core.data.Offset.offset(1f));
                assertThat(page.getMediaBox().getHeight()).isCloseTo(A4_HEIGHT_PT, org.assertj.core.data.Offset.offset(1f));
            }
            String text = text(document);
            assertThat(text).contains(kind.heading(), "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Trần Thị Bình");
            assertThat(fonts(document)).allSatisfy(font -> {
                assertThat(font.getName()).contains("DejaVuSerifCondensed");
                assertThat(font.isEmbedded()).as(font.getName() + " embedded").isTrue();
            });
            drawForReview(kind.slug(), document);
        }
    }

    @Test
    void controlSheetListsEveryHandOverWithItsVerdict() throws IOException {
        byte[] bytes = pdf.render(html(LetterKind.CONTROL_SHEET, SampleLetters.facts(LetterKind.CONTROL_SHEET)));
        try (PDDocument document = Loader.loadPDF(bytes)) {
            // Table cells wrap, so compare with every run of white space made one space.
            String text = text(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Trước hạn", "Đúng hạn", "Quá hạn", "Lê Minh Tuấn", "Đỗ Thị Mai",
                    "Hoàng Văn Nam", "09:05 23/11/2026", "Chi nhánh Văn phòng đăng ký đất đai",
                    "Đã báo lãnh đạo đơn vị do quá hạn bước");
        }
    }

    static String html(LetterKind kind, LetterFacts facts) {
        return new LetterTemplates().render(kind, SampleLetters.models().of(facts));
    }

    static String text(PDDocument document) throws IOException {
        return new PDFTextStripper().getText(document);
    }

    static List<PDFont> fonts(PDDocument document) throws IOException {
        List<PDFont> fonts = new ArrayList<>();
        for (PDPage page : document.getPages()) {
            for (COSName name : page.getResources().getFontNames()) {
                fonts.add(page.getResources().getFont(name));
            }
        }
        return fonts;
    }

    static void drawForReview(String name, PDDocument document) throws IOException {
        Files.createDirectories(PNG_DIR);
        try (var old = Files.newDirectoryStream(PNG_DIR, name + "-*.png")) {
            for (Path stale : old) {
                Files.delete(stale);
            }
        }
        PDFRenderer renderer = new PDFRenderer(document);
        for (int page = 0; page < document.getNumberOfPages(); page++) {
            BufferedImage image = renderer.renderImageWithDPI(page, 100);
            ImageIO.write(image, "png", PNG_DIR.resolve(name + "-" + (page + 1) + ".png").toFile());
        }
    }
}
