package vn.motcua.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * A cell a spreadsheet would read as a formula (OWASP "CSV injection") is written as text: an
 * apostrophe before it in CSV, the quote-prefix flag in Excel. Numbers, even negative, stay numbers.
 */
class ExportsTest {

    private static final List<String> FORMULAS = List.of("=HYPERLINK(\"http://x\"&B5,\"Bấm\")", "+1+1", "-2+3",
            "@SUM(A1:A2)", "\t=1", "\r=1");

    @Test
    void csvCellsThatStartAFormulaGetAnApostrophe() {
        List<List<Object>> rows = FORMULAS.stream().map(f -> List.<Object>of(f, 1)).toList();
        String csv = new String(Exports.csv(new ExportTable("Tổng hợp", List.of("Chỉ tiêu", "Giá trị"), rows)),
                StandardCharsets.UTF_8);

        assertThat(csv).contains("\r\n\"'=HYPERLINK(\"\"http://x\"\"&B5,\"\"Bấm\"\")\",1\r\n", "\r\n'+1+1,1\r\n",
                "\r\n'-2+3,1\r\n", "\r\n'@SUM(A1:A2),1\r\n", "\r\n'\t=1,1\r\n", "\r\n\"'\r=1\",1\r\n");
        for (String line : csv.substring(Exports.BOM.length()).split("\r\n")) {
            assertThat(line).as(line).doesNotStartWith("=").doesNotStartWith("\"=").doesNotStartWith("+")
                    .doesNotStartWith("-").doesNotStartWith("@");
        }
    }

    @Test
    void ordinaryTextAndNegativeNumbersAreUnchanged() {
        String csv = new String(Exports.csv(new ExportTable("T", List.of("A", "B", "C"),
                List.of(List.of("Nguyễn Văn An", -5, "a=b")))), StandardCharsets.UTF_8);
        assertThat(csv).endsWith("\r\nNguyễn Văn An,-5,a=b\r\n");
    }

    @Test
    void furtherTablesFollowTheFirstUnderTheirNamesAndKeepTheirCellsSafe() {
        String csv = new String(Exports.csv(new ExportTable("Tổng hợp", List.of("Chỉ tiêu", "Giá trị"),
                List.of(List.of("Tiếp nhận", 3))), List.of(new ExportTable("Phản ánh, kiến nghị", List.of("Đơn vị", "Tổng số"),
                List.of(List.of("=cmd", 2))))), StandardCharsets.UTF_8);
        assertThat(csv).isEqualTo(Exports.BOM + "Chỉ tiêu,Giá trị\r\nTiếp nhận,3\r\n\r\n\"Phản ánh, kiến nghị\"\r\n"
                + "Đơn vị,Tổng số\r\n'=cmd,2\r\n");
    }

    @Test
    void excelTextCellsThatStartAFormulaAreQuotePrefixedText() throws IOException {
        List<List<Object>> rows = FORMULAS.stream().map(f -> List.<Object>of(f, -5)).toList();
        byte[] xlsx = Exports.xlsx(List.of(new ExportTable("Tổng hợp", List.of("Chỉ tiêu", "Giá trị"), rows)));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (int r = 1; r <= FORMULAS.size(); r++) {
                Row row = workbook.getSheet("Tổng hợp").getRow(r);
                Cell text = row.getCell(0);
                assertThat(text.getCellType()).isEqualTo(CellType.STRING);
                assertThat(text.getStringCellValue()).isEqualTo(FORMULAS.get(r - 1));
                assertThat(text.getCellStyle().getQuotePrefixed()).as("quote prefix of " + FORMULAS.get(r - 1)).isTrue();
                assertThat(row.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            }
        }
    }
}
