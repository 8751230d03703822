package vn.motcua.system;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * Free text that follows {@link PlainText}'s rules; the reason names the field by {@link #label()}.
 * The label is a bundle key in braces, {@code label = "{feedback.complaint.contentLabel}"}, read through
 * {@link Messages#text} like Bean Validation's {@code message = "{key}"}.
 */
@Documented
@Constraint(validatedBy = Printable.Validator.class)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface Printable {

    /**
     * The field as the form names it ("Họ và tên"): a key of the feature's bundle in braces,
     * {@code "{dossier.reception.applicantNameLabel}"}. A label without braces is shown as written (a technical
     * field name such as {@code 'note'}); the Vietnamese a person reads belongs in a bundle.
     */
    String label();

    /** Whether tab and line breaks are allowed (a summary, a reason), not in a name or an address. */
    boolean multiline() default false;

    String message() default "{system.text.invalid}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<Printable, String> {

        private String label;
        private boolean multiline;

        @Override
        public void initialize(Printable annotation) {
            label = label(annotation.label());
            multiline = annotation.multiline();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            PlainText.Problem problem = PlainText.problem(value, multiline);
            if (problem == null) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(PlainText.reason(label, problem)).addConstraintViolation();
            return false;
        }

        /** The label as a person reads it: a "{key}" is read from the bundles, anything else is shown as written. */
        static String label(String label) {
            return label.length() > 2 && label.startsWith("{") && label.endsWith("}")
                    ? Messages.text(label.substring(1, label.length() - 1))
                    : label;
        }
    }
}
