package vn.motcua.feedback;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * The time limits of citizens' feedback as data ({@code feedback/rules.yaml}, or the file
 * {@code motcua.feedback.rules-file} names), each with its legal source. A value nobody has checked
 * against the law is logged as a warning at every start.
 */
@Component
public class FeedbackRules {

    private static final Logger log = LoggerFactory.getLogger(FeedbackRules.class);
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    /** @param checked whether someone compared the value with the legal text */
    record Limit(Integer workingDays, Integer longAfterMinutes, String source, boolean checked) {
    }

    record File(Limit complaintAnswer, Limit deskDialogue) {
    }

    private final File rules;

    FeedbackRules(@Value("${motcua.feedback.rules-file:}") String externalFile) {
        this.rules = read(externalFile);
        if (rules.complaintAnswer() == null || rules.complaintAnswer().workingDays() == null
                || rules.complaintAnswer().workingDays() < 1 || blank(rules.complaintAnswer().source())) {
            throw new IllegalStateException("feedback rules: complaintAnswer needs workingDays (at least 1) and its source");
        }
        if (rules.deskDialogue() == null || rules.deskDialogue().longAfterMinutes() == null
                || rules.deskDialogue().longAfterMinutes() < 1 || blank(rules.deskDialogue().source())) {
            throw new IllegalStateException("feedback rules: deskDialogue needs longAfterMinutes (at least 1) and its source");
        }
        for (Limit limit : new Limit[] {rules.complaintAnswer(), rules.deskDialogue()}) {
            if (!limit.checked()) {
                log.warn("Feedback time limit not yet checked against the law (feedback/rules.yaml): {}", limit);
            }
        }
    }

    private static File read(String externalFile) {
        try (InputStream in = blank(externalFile) ? new ClassPathResource("feedback/rules.yaml").getInputStream()
                : Files.newInputStream(Path.of(externalFile))) {
            return YAML.readValue(in, File.class);
        } catch (IOException e) {
            throw new IllegalStateException("feedback rules cannot be read (" + (blank(externalFile)
                    ? "classpath:feedback/rules.yaml" : externalFile) + "): " + e.getMessage(), e);
        }
    }

    /** Working days a complaint's answer may take. */
    public int complaintAnswerWorkingDays() {
        return rules.complaintAnswer().workingDays();
    }

    public String complaintAnswerSource() {
        return rules.complaintAnswer().source().strip();
    }

    /** A dialogue at the desk longer than this many minutes is counted apart. */
    public int longDialogueMinutes() {
        return rules.deskDialogue().longAfterMinutes();
    }

    public String longDialogueSource() {
        return rules.deskDialogue().source().strip();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
