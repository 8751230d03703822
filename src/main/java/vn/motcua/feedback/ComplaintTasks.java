package vn.motcua.feedback;

import java.util.Optional;

/**
 * The officers' work list seen from the complaints register: a recorded complaint becomes a task of
 * its unit, and an answer given outside that task ends it. Owned here and implemented by the engine
 * side ({@code vn.motcua.engine.complaint}), so this package never imports the engine.
 */
public interface ComplaintTasks {

    /** Opens the complaint's task, in the caller's transaction. @return the process instance, if one started */
    Optional<String> open(Complaint complaint);

    /** The complaint was answered through the API: its task, if it has one, ends without a second answer. */
    void answeredElsewhere(Complaint complaint);
}
