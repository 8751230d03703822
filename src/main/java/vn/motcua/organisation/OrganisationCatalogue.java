package vn.motcua.organisation;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import vn.motcua.system.Messages;

/**
 * The organisation in force, read from the organisation file at start and on reload. A file with
 * mistakes stops the start, or is refused on reload with the organisation in force kept.
 */
@Service
public class OrganisationCatalogue {

    static final String BUILT_IN = "organisation/province.yaml";

    private static final Logger log = LoggerFactory.getLogger(OrganisationCatalogue.class);
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()).registerModule(new JavaTimeModule())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    /** Published after a reload so groups, authorizations and filters follow. */
    public record Reloaded(Organisation organisation) {
    }

    private final String file;
    private final ApplicationEventPublisher events;
    private volatile Organisation current;

    public OrganisationCatalogue(OrganisationProperties properties, ApplicationEventPublisher events) {
        this.file = properties.file();
        this.events = events;
        this.current = read(file);
        GroupNames.use(current);
        log.info("Organisation: {} ({}), {} communes, {} agencies, from {}", current.provinceName(),
                current.provinceCode(), current.communes().size(), current.agencies().size(), source(file));
    }

    public Organisation current() {
        return current;
    }

    /**
     * @throws IllegalStateException the file has mistakes (the message lists them); nothing changed
     */
    public synchronized Organisation reload() {
        Organisation fresh = read(file);
        current = fresh;
        GroupNames.use(fresh);
        log.info("Organisation reloaded: {} communes, {} agencies", fresh.communes().size(), fresh.agencies().size());
        events.publishEvent(new Reloaded(fresh));
        return fresh;
    }

    static Organisation read(String file) {
        try (InputStream in = file.isBlank() ? new ClassPathResource(BUILT_IN).getInputStream()
                : Files.newInputStream(Path.of(file))) {
            return parse(in, source(file));
        } catch (IOException e) {
            throw new IllegalStateException(Messages.text("organisation.file.unreadable", source(file), e.getMessage()),
                    e);
        }
    }

    static Organisation parse(InputStream in, String name) throws IOException {
        OrganisationFile parsed;
        try {
            parsed = YAML.readValue(in, OrganisationFile.class);
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            String line = e.getLocation() == null ? ""
                    : Messages.text("organisation.file.line", e.getLocation().getLineNr());
            throw new IllegalStateException(Messages.text("organisation.file.notYaml", name, e.getOriginalMessage())
                    + line, e);
        }
        return Organisation.of(parsed, name);
    }

    private static String source(String file) {
        return file.isBlank() ? BUILT_IN : file;
    }
}
