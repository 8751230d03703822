package vn.motcua.letter;

import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Map;

import javax.imageio.ImageIO;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * The file code as a QR code (TT 01/2018 Art 19 allows a barcode or QR code of it), embedded in
 * the letter as a PNG data URI so the HTML and the PDF need nothing from outside.
 */
final class QrCodes {

    /** Pixels per module: crisp when the image is printed 26 mm wide. */
    private static final int SCALE = 6;
    /** A binary image's samples. */
    private static final int BLACK = 0;
    private static final int WHITE = 1;

    private QrCodes() {
    }

    static String pngDataUri(String text) {
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(png(text));
    }

    /**
     * Pixel rows are written to the raster as they are (a binary image's samples: 0 black, 1 white), one
     * module row at a time: {@code setRGB} per pixel went through the colour model for each of the ~50,000
     * pixels and was half of a receipt's QR cost, itself a third of a reception's CPU (docs/benchmark.md).
     */
    static byte[] png(String text) {
        BitMatrix matrix = matrix(text);
        int modules = matrix.getWidth();
        int size = modules * SCALE;
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_BYTE_BINARY);
        WritableRaster raster = image.getRaster();
        int[] row = new int[size];
        for (int my = 0; my < modules; my++) {
            for (int x = 0; x < size; x++) {
                row[x] = matrix.get(x / SCALE, my) ? BLACK : WHITE;
            }
            for (int dy = 0; dy < SCALE; dy++) {
                raster.setSamples(0, my * SCALE + dy, size, 1, 0, row);
            }
        }
        var out = new ByteArrayOutputStream();
        // In memory: ImageIO.write to a stream would otherwise buffer through a temporary file.
        try (ImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            ImageIO.write(image, "png", stream);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** One pixel per module, with a quiet zone of two modules. */
    private static BitMatrix matrix(String text) {
        try {
            return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, Map.of(
                    EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                    EncodeHintType.CHARACTER_SET, "UTF-8",
                    EncodeHintType.MARGIN, 2));
        } catch (WriterException e) {
            throw new IllegalArgumentException("Cannot encode " + text + " as a QR code", e);
        }
    }
}
