package vn.motcua.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The rules for free text, and what the printer keeps of text stored before them. */
class PlainTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"Nguyễn Văn An", "Đặng Thị Thu-Hà", "Thôn Đông, xã Long Thành", "12/3A", "O'Neil",
            "Hồ sơ 𠀧 (chữ Nôm)", "", "   "})
    void ordinaryTextPasses(String text) {
        assertThat(PlainText.problem(text, false)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"An\u0000", "An\u0007", "\u001BAn", "An\u007F", "An\u0085", "A\uD800n", "A\uDC00n",
            "An\u202E", "\u2066An\u2069", "A\u200Bn", "\uFEFFAn", "A\u00ADn", "An\uFFFF", "An\uFFFE", "A\u2028n",
            "A\tn", "A\nn"})
    void hiddenCharactersAreRefusedInALine(String text) {
        assertThat(PlainText.problem(text, false)).isEqualTo(PlainText.Problem.HIDDEN_CHARACTERS);
    }

    @Test
    void aMultilineTextMayHoldTabsAndLineBreaksButNothingElseHidden() {
        assertThat(PlainText.problem("Thiếu:\r\n\t1. Bản sao sổ đỏ", true)).isNull();
        assertThat(PlainText.problem("Thiếu\u0000", true)).isEqualTo(PlainText.Problem.HIDDEN_CHARACTERS);
        assertThat(PlainText.problem("\n\t", true)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u3000\u3000", "\u00A0", " \u00A0 ", "\u3164", "\u2800", "\u0301\u0301"})
    void textWithNothingVisibleIsRefused(String text) {
        assertThat(PlainText.problem(text, false)).isEqualTo(PlainText.Problem.NOTHING_VISIBLE);
    }

    @Test
    void theReasonNamesTheField() {
        assertThat(PlainText.reason("Họ và tên", PlainText.Problem.HIDDEN_CHARACTERS)).startsWith("Họ và tên chứa ký tự");
        assertThat(PlainText.reason("Họ và tên", PlainText.Problem.NOTHING_VISIBLE))
                .isEqualTo("Họ và tên không có ký tự nào nhìn thấy được.");
    }

    @Test
    void thePrinterDropsWhatXmlCannotCarryAndBidiControls() {
        assertThat(PlainText.printableOnly("Quách\u0000\u0007 Văn\u001B \uD800Bẩn\u202E\uFFFF\u2066\u0085"))
                .isEqualTo("Quách Văn Bẩn");
        assertThat(PlainText.printableOnly("Dòng 1\r\n\tDòng 2 𠀧")).isEqualTo("Dòng 1\r\n\tDòng 2 𠀧");
        String clean = "<p>Nguyễn Văn An</p>";
        assertThat(PlainText.printableOnly(clean)).isSameAs(clean);
        assertThat(PlainText.printableOnly(null)).isNull();
    }
}
