package vn.motcua.filepage;

import java.util.Date;
import java.util.List;

/**
 * The comments officers wrote on a file's tasks in Tasklist, from every process instance of the file,
 * oldest first. Read without the engine's authorizations: the file page has already checked that the
 * caller may read the file. Owned here and implemented by the engine adapter
 * ({@code vn.motcua.engine.filepage}), so this package never imports the engine.
 */
public interface FileComments {

    /** One comment and the step it was written on (blank when written on the whole process instance). */
    record Entry(Date time, String userId, String step, String text) {
    }

    List<Entry> of(String code);
}
