package vn.motcua.dossier;

import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * The header every task form shows of its file ({@link FileEssentials}), as the task variables the
 * engine adapter puts on each new task of a registered file.
 */
@Component
public class FileHeader {

    /** The names of the header's variables on a task. */
    public static final java.util.Set<String> VARIABLES = FileEssentials.NAMES;

    /** The header's appointment line, rewritten on the open tasks when the appointment moves. */
    public static final String DUE_DATE = FileEssentials.DUE_DATE;

    private final DossierRegister register;
    private final DossierDocuments documents;

    FileHeader(DossierRegister register, DossierDocuments documents) {
        this.register = register;
        this.documents = documents;
    }

    /** @return the header's variables, or none for a code the register does not know (yet) */
    public Map<String, Object> of(String code) {
        return register.findByCode(code)
                .map(dossier -> new FileEssentials(dossier, documents.of(dossier.id())).variables())
                .orElse(Map.of());
    }
}
