package vn.motcua.letter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.motcua.dossier.ReceivedDocument;
import vn.motcua.dossier.ReceivedDocuments;

/**
 * A "toàn trình" file (filed, processed and returned online) asks for no paper: its receipt lists
 * electronic papers and no sets to bring, and its result handover is electronic, not two signed copies.
 */
class FullyOnlineLettersTest {

    private static final ReceivedDocuments ONLINE = new ReceivedDocuments(null, List.of(
            new ReceivedDocument("Đơn đề nghị cho phép chuyển mục đích sử dụng đất", ReceivedDocument.Type.ELECTRONIC, null,
                    "https://dichvucong.gov.vn/files/1", "3f79bb7b435b05321651daefd374cdc681dc06faa65e374e38337b88ca046dea")),
            true);

    @Test
    void theReceiptOfAFullyOnlineFileAsksForNoPaper() {
        LetterFacts paper = SampleLetters.facts(LetterKind.RECEIPT);
        LetterFacts online = paper.withReceipt(new LetterFacts.Receipt(SampleLetters.SECRET, new TrackingBook.Entry(2026, 2),
                ONLINE, null));
        String html = new LetterTemplates().render(LetterKind.RECEIPT, SampleLetters.models().of(online));
        assertThat(html).contains("bản điện tử").contains("Hồ sơ điện tử, không nộp bản giấy")
                .contains("kết quả bản điện tử").doesNotContain("mang theo Giấy tiếp nhận này").doesNotContain("bản chính");
        String paperHtml = new LetterTemplates().render(LetterKind.RECEIPT, SampleLetters.models().of(paper));
        assertThat(paperHtml).contains("mang theo Giấy tiếp nhận này").contains("bản chính");
    }

    @Test
    void theResultOfAFullyOnlineFileIsHandedOverElectronically() {
        LetterFacts paper = SampleLetters.facts(LetterKind.RESULT_HANDOVER);
        LetterFacts.Result result = paper.result();
        LetterFacts online = paper.withResult(new LetterFacts.Result(result.receivedBy(), result.decisionNumber(),
                result.certificateNumber(), result.note(), result.refusalNumber(), true));
        String html = new LetterTemplates().render(LetterKind.RESULT_HANDOVER, SampleLetters.models().of(online));
        assertThat(html).contains("kết quả bản điện tử trên Cổng Dịch vụ công quốc gia").contains("không lập bản giấy")
                .doesNotContain("02 bản, mỗi bên giữ 01 bản");
        assertThat(new LetterTemplates().render(LetterKind.RESULT_HANDOVER, SampleLetters.models().of(paper)))
                .contains("02 bản, mỗi bên giữ 01 bản");
    }
}
