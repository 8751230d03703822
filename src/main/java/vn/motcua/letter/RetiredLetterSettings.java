package vn.motcua.letter;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The {@code motcua.letters.*} settings of the single-agency days, now each agency's own data in the
 * organisation file. Spring would ignore them silently; an operator who set them is told where they went.
 */
@Component
class RetiredLetterSettings {

    private static final Logger log = LoggerFactory.getLogger(RetiredLetterSettings.class);

    static final List<String> RETIRED = List.of("parent-agency", "desk-abbreviation", "desk-address", "desk-phone",
            "head-title", "head-name", "processing-agency", "processing-abbreviation", "processing-head-title",
            "processing-head-name");

    private final Environment environment;

    RetiredLetterSettings(Environment environment) {
        this.environment = environment;
    }

    @EventListener(ContextRefreshedEvent.class)
    void warn() {
        List<String> set = RETIRED.stream().map(key -> "motcua.letters." + key)
                .filter(key -> environment.containsProperty(key) || environment.containsProperty(camel(key))).toList();
        if (!set.isEmpty()) {
            log.warn("Ignored {}: each agency's letterhead, abbreviation, address, phone and head now come from the"
                    + " organisation file (agencies: parent, abbreviation, address, phone, head)", set);
        }
    }

    /** "motcua.letters.desk-address" as a YAML file may also spell it: "motcua.letters.deskAddress". */
    private static String camel(String key) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c == '-' && i + 1 < key.length()) {
                out.append(Character.toUpperCase(key.charAt(++i)));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
