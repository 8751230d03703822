package vn.motcua.supervision;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Excel (.xlsx) and CSV renderings of the dashboard's tables. */
final class Exports {

    /** Without the byte-order mark Excel reads UTF-8 CSV as the local code page and breaks the diacritics. */
    static final String BOM = "\uFEFF";
    /** What makes a spreadsheet read a text cell as a formula (OWASP, CSV injection). */
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private Exports() {
    }

    static byte[] xlsx(List<ExportTable> tables) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle literal = workbook.createCellStyle();
            literal.setQuotePrefixed(true);
            for (ExportTable table : tables) {
                Sheet sheet = workbook.createSheet(table.name());
                Row header = sheet.createRow(0);
                for (int c = 0; c < table.header().size(); c++) {
                    header.createCell(c).setCellValue(table.header().get(c));
                    header.getCell(c).setCellStyle(bold);
                }
                int r = 1;
                for (List<Object> cells : table.rows()) {
                    Row row = sheet.createRow(r++);
                    for (int c = 0; c < cells.size(); c++) {
                        Object value = cells.get(c);
                        if (value instanceof Number n) {
                            row.createCell(c).setCellValue(n.doubleValue());
                        } else {
                            String text = value == null ? "" : value.toString();
                            row.createCell(c).setCellValue(text);
                            if (startsFormula(text)) {
                                // Excel keeps a string cell as text; the prefix keeps it so when someone edits it.
                                row.getCell(c).setCellStyle(literal);
                            }
                        }
                    }
                }
                sheet.createFreezePane(0, 1);
                for (int c = 0; c < Math.min(table.header().size(), 4); c++) {
                    sheet.setColumnWidth(c, c == 0 ? 40 * 256 : 18 * 256);
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** RFC 4180 CSV in UTF-8 with a byte-order mark, CRLF line ends. */
    static byte[] csv(ExportTable table) {
        return csv(table, List.of());
    }

    /**
     * The first table as {@link #csv(ExportTable)}, then each further one after an empty line, under a line
     * with its name: one file a spreadsheet opens whole, as the Excel file's sheets one below the other.
     */
    static byte[] csv(ExportTable first, List<ExportTable> more) {
        StringBuilder csv = new StringBuilder(BOM);
        table(csv, first);
        for (ExportTable table : more) {
            csv.append("\r\n");
            line(csv, List.of(table.name()));
            table(csv, table);
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void table(StringBuilder csv, ExportTable table) {
        line(csv, table.header());
        for (List<Object> row : table.rows()) {
            line(csv, row);
        }
    }

    private static void line(StringBuilder csv, List<?> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(quote(cells.get(i)));
        }
        csv.append("\r\n");
    }

    /** Numbers as they are; text that a spreadsheet would run as a formula gets an apostrophe first. */
    static String quote(Object cell) {
        String text = cell == null ? "" : cell.toString();
        if (!(cell instanceof Number) && startsFormula(text)) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }

    static boolean startsFormula(String text) {
        return !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0;
    }
}
