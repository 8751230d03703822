package vn.motcua.dossier;

import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * The header every task form shows of its file ({@link FileEssentials}), as the form variables the
 * engine adapter adds to a file's task when its form is read.
 */
@Component
public class FileHeader {

    /** The names of the header's variables in a task's form. */
    public static final java.util.Set<String> VARIABLES = FileEssentials.NAMES;

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
