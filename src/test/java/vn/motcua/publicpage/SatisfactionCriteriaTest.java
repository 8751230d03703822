package vn.motcua.publicpage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The criteria file as shipped, and what a bad one is refused for. */
class SatisfactionCriteriaTest {

    private final SatisfactionCriteria criteria = new SatisfactionCriteria("");

    @Test
    void theShippedFileAsksTheDecreesCriteriaWithTheirSources() {
        assertThat(criteria.all()).extracting(SatisfactionCriteria.Criterion::code)
                .containsExactly("thoi-gian", "so-noi-lien-he", "thai-do", "chi-phi", "truc-tuyen", "chung");
        assertThat(criteria.all()).allSatisfy(c -> assertThat(c.source()).containsAnyOf("Nghị định 118/2025/NĐ-CP",
                "Quyết định 766/QĐ-TTg"));
        assertThat(criteria.overall().code()).isEqualTo("chung");
        assertThat(criteria.of("so-noi-lien-he").orElseThrow().options()).extracting(SatisfactionCriteria.Option::label)
                .containsExactly("Chỉ Bộ phận Một cửa", "Hai cơ quan, đơn vị", "Từ ba cơ quan, đơn vị trở lên");
        assertThat(criteria.of("chi-phi").orElseThrow().option("khong").orElseThrow().satisfied()).isTrue();
        assertThat(criteria.of("thai-do").orElseThrow().options()).extracting(SatisfactionCriteria.Option::label)
                .containsExactly("Rất hài lòng", "Hài lòng", "Bình thường", "Không hài lòng");
        // the online service is asked of online files only
        assertThat(criteria.forFile(false)).extracting(SatisfactionCriteria.Criterion::code).doesNotContain("truc-tuyen");
        assertThat(criteria.forFile(true)).extracting(SatisfactionCriteria.Criterion::code).contains("truc-tuyen");
    }

    @Test
    void aFileWithoutAnOverallCriterionOrASatisfiedAnswerIsRefused() {
        List<SatisfactionCriteria.Option> yesNo = List.of(new SatisfactionCriteria.Option("co", "Có", true),
                new SatisfactionCriteria.Option("khong", "Không", false));
        assertThatThrownBy(() -> SatisfactionCriteria.parse(new SatisfactionCriteria.RawFile(Map.of(), List.of(
                new SatisfactionCriteria.RawCriterion("a", "A", "Câu hỏi?", yesNo, null, "nguồn", true, false, false)))))
                .hasMessageContaining("exactly one criterion is the overall one");
        List<SatisfactionCriteria.Option> none = List.of(new SatisfactionCriteria.Option("co", "Có", false),
                new SatisfactionCriteria.Option("khong", "Không", false));
        assertThatThrownBy(() -> SatisfactionCriteria.parse(new SatisfactionCriteria.RawFile(Map.of(), List.of(
                new SatisfactionCriteria.RawCriterion("a", "A", "Câu hỏi?", none, null, "nguồn", true, false, true)))))
                .hasMessageContaining("one satisfied");
    }
}
