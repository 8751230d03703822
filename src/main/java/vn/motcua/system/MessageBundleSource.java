package vn.motcua.system;

import java.text.MessageFormat;
import java.util.Locale;

import org.springframework.context.support.AbstractMessageSource;
import org.springframework.stereotype.Component;

/**
 * The application's {@code messageSource}: Spring's view of {@link Messages}, so Bean Validation's
 * {@code message = "{system.text.invalid}"} and Thymeleaf's {@code #{…}} read the same bundles.
 */
@Component("messageSource")
class MessageBundleSource extends AbstractMessageSource {

    MessageBundleSource() {
        setUseCodeAsDefaultMessage(false);
    }

    @Override
    protected String resolveCodeWithoutArguments(String code, Locale locale) {
        return Messages.has(code) ? Messages.text(code) : null;
    }

    @Override
    protected MessageFormat resolveCode(String code, Locale locale) {
        // The bundles have no quoting rules (see Messages); MessageFormat has, so an apostrophe is doubled.
        return Messages.has(code) ? new MessageFormat(Messages.text(code).replace("'", "''"), locale) : null;
    }
}
