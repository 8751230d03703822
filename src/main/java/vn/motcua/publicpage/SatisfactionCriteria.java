package vn.motcua.publicpage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * The criteria an applicant rates the service by, as data ({@code feedback/satisfaction-criteria.yaml},
 * or the file {@code motcua.public-pages.satisfaction-criteria-file} names), each with its legal source.
 * The rating page asks them; the dashboard names them and counts which answers are satisfied.
 */
@Component
public class SatisfactionCriteria {

    private static final Logger log = LoggerFactory.getLogger(SatisfactionCriteria.class);
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    /** An answer the applicant may choose. */
    public record Option(String code, String label, boolean satisfied) {
    }

    /**
     * @param shortName  the dashboard's column heading
     * @param onlineOnly asked only of files received online
     * @param overall    the overall satisfaction with the procedure's handling (Decision 766's share)
     */
    public record Criterion(String code, String shortName, String question, List<Option> options, String source,
            boolean onlineOnly, boolean overall) {

        public Optional<Option> option(String code) {
            return options.stream().filter(o -> o.code().equals(code)).findFirst();
        }
    }

    record RawCriterion(String code, @JsonProperty("short") String shortName, String question, List<Option> options,
            String scale, String source, Boolean checked, Boolean onlineOnly, Boolean overall) {
    }

    record RawFile(Map<String, List<Option>> scales, List<RawCriterion> criteria) {
    }

    private final List<Criterion> criteria;

    SatisfactionCriteria(@Value("${motcua.public-pages.satisfaction-criteria-file:}") String externalFile) {
        this.criteria = parse(read(externalFile));
    }

    /** Every criterion, in the order the page asks them. */
    public List<Criterion> all() {
        return criteria;
    }

    /** The criteria a file's applicant answers: the online one only for a file received online. */
    public List<Criterion> forFile(boolean online) {
        return criteria.stream().filter(c -> online || !c.onlineOnly()).toList();
    }

    public Optional<Criterion> of(String code) {
        return criteria.stream().filter(c -> c.code().equals(code)).findFirst();
    }

    /** The criterion whose share is the overall satisfaction. */
    public Criterion overall() {
        return criteria.stream().filter(Criterion::overall).findFirst().orElseThrow();
    }

    static List<Criterion> parse(RawFile file) {
        if (file == null || file.criteria() == null || file.criteria().isEmpty()) {
            throw new IllegalStateException("satisfaction criteria: no criteria");
        }
        Map<String, List<Option>> scales = file.scales() == null ? Map.of() : file.scales();
        Set<String> codes = new HashSet<>();
        List<Criterion> parsed = file.criteria().stream().map(raw -> {
            if (blank(raw.code()) || !raw.code().matches("[a-z0-9-]{1,40}") || !codes.add(raw.code())) {
                throw new IllegalStateException("satisfaction criteria: a code of 1-40 characters a-z, 0-9, '-',"
                        + " once each: " + raw.code());
            }
            List<Option> options = raw.options() != null ? raw.options() : scales.get(raw.scale());
            if (blank(raw.question()) || blank(raw.source()) || blank(raw.shortName()) || options == null
                    || options.size() < 2 || options.stream().noneMatch(Option::satisfied)
                    || options.stream().anyMatch(o -> blank(o.code()) || o.code().length() > 40 || blank(o.label()))) {
                throw new IllegalStateException("satisfaction criteria: " + raw.code() + " needs a question, a short"
                        + " name, a source and at least two options (codes of at most 40 characters), one satisfied");
            }
            if (!Boolean.TRUE.equals(raw.checked())) {
                log.warn("Satisfaction criterion not yet checked against the law (feedback/satisfaction-criteria.yaml): {}",
                        raw.code());
            }
            return new Criterion(raw.code(), raw.shortName().strip(), raw.question().strip(), List.copyOf(options),
                    raw.source().strip(), Boolean.TRUE.equals(raw.onlineOnly()), Boolean.TRUE.equals(raw.overall()));
        }).toList();
        if (parsed.stream().filter(Criterion::overall).count() != 1 || parsed.stream().filter(Criterion::overall)
                .anyMatch(Criterion::onlineOnly)) {
            throw new IllegalStateException("satisfaction criteria: exactly one criterion is the overall one, asked of"
                    + " every file");
        }
        return parsed;
    }

    private static RawFile read(String externalFile) {
        try (InputStream in = blank(externalFile)
                ? new ClassPathResource("feedback/satisfaction-criteria.yaml").getInputStream()
                : Files.newInputStream(Path.of(externalFile))) {
            return YAML.readValue(in, RawFile.class);
        } catch (IOException e) {
            throw new IllegalStateException("satisfaction criteria cannot be read (" + (blank(externalFile)
                    ? "classpath:feedback/satisfaction-criteria.yaml" : externalFile) + "): " + e.getMessage(), e);
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
