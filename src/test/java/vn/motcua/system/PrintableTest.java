package vn.motcua.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A @Printable field's label is a bundle key in braces, read from the bundles; a plain label is shown as written. */
class PrintableTest {

    private static ValidatorFactory factory;
    private static Validator validator;

    record Form(@Printable(label = "{feedback.dialogue.personNameLabel}") String name,
            @Printable(label = "'note'", multiline = true) String note) {
    }

    @BeforeAll
    static void start() {
        factory = Validation.buildDefaultValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void stop() {
        factory.close();
    }

    @Test
    void aKeyInBracesIsReadFromTheBundle() {
        assertThat(reasons(new Form("An\u202E", null)))
                .containsExactly(Messages.text("system.text.hiddenCharacters", Messages.text("feedback.dialogue.personNameLabel")))
                .allSatisfy(reason -> assertThat(reason).startsWith("Họ và tên người dân chứa ký tự"));
    }

    @Test
    void aPlainLabelIsShownAsWritten() {
        assertThat(reasons(new Form(null, "\u3000"))).containsExactly(Messages.text("system.text.nothingVisible", "'note'"));
        assertThat(Printable.Validator.label("{}")).isEqualTo("{}");
    }

    @Test
    void aMissingKeyIsAProgrammingError() {
        assertThatThrownBy(() -> Printable.Validator.label("{feedback.no.such.label}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("feedback.no.such.label");
    }

    @Test
    void cleanTextPasses() {
        assertThat(reasons(new Form("Nguyễn Văn An", "Dòng 1\n\tDòng 2"))).isEmpty();
    }

    private static List<String> reasons(Form form) {
        return validator.validate(form).stream().map(ConstraintViolation::getMessage).toList();
    }
}
