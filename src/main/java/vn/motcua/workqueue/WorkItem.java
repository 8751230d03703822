package vn.motcua.workqueue;

import java.time.Instant;
import java.util.Collection;

/**
 * An open task as the queue needs it: the groups it waits for, who holds it, and what the list sorts by.
 *
 * @param groups      its candidate groups; none: the task is only its assignee's
 * @param appointment the file's appointment as the engine's variable holds it (yyyy-MM-dd), or null
 * @param fileCode    the file the task belongs to, or null (a complaint's task)
 */
public record WorkItem(String taskId, Collection<String> groups, String assignee, String appointment, Instant dueAt,
        String fileCode) {

    /** The longest appointment and file code kept; a longer variable (typed in Cockpit) is not a date or a code. */
    static final int LONGEST_TEXT = 64;

    public WorkItem {
        appointment = fitting(appointment);
        fileCode = fitting(fileCode);
    }

    private static String fitting(String text) {
        return text == null || text.length() > LONGEST_TEXT ? null : text;
    }
}
