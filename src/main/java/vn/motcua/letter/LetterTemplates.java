package vn.motcua.letter;

import java.io.IOException;
import java.io.StringWriter;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;

/**
 * FreeMarker, configured by hand (no Spring MVC view machinery): {@code .ftlh} templates from
 * {@code templates/letters/}, HTML output format with auto-escaping, so an applicant's name that
 * holds markup or template syntax prints as text. Templates are trusted code; data never is.
 */
@Component
class LetterTemplates {

    private final Configuration freemarker;

    LetterTemplates() {
        Configuration c = new Configuration(Configuration.VERSION_2_3_34);
        c.setClassForTemplateLoading(LetterTemplates.class, "/templates/letters");
        c.setDefaultEncoding("UTF-8");
        c.setOutputFormat(HTMLOutputFormat.INSTANCE);
        c.setAutoEscapingPolicy(Configuration.ENABLE_IF_SUPPORTED_AUTO_ESCAPING_POLICY);
        c.setLocale(Locale.forLanguageTag("vi-VN"));
        c.setNumberFormat("computer");
        // Fail loudly: a letter with a hole in it must not be issued.
        c.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        c.setLogTemplateExceptions(false);
        c.setWrapUncheckedExceptions(true);
        c.setFallbackOnNullLoopVariable(false);
        // No ?new / ?api: templates lay out strings, they never reach into Java.
        c.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        c.setAPIBuiltinEnabled(false);
        // Templates ship in the jar; they never change while the application runs.
        c.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
        this.freemarker = c;
    }

    String render(LetterKind kind, Map<String, Object> model) {
        var out = new StringWriter();
        try {
            freemarker.getTemplate(kind.template() + ".ftlh").process(model, out);
        } catch (IOException | TemplateException e) {
            throw new IllegalStateException("Letter template " + kind.template() + " failed: " + e.getMessage(), e);
        }
        return out.toString().strip() + "\n";
    }
}
