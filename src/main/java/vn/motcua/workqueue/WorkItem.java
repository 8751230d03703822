package vn.motcua.workqueue;

import java.time.Instant;
import java.util.Collection;

/**
 * An open task as the queue needs it: the groups it waits for, who holds it, and what the list sorts by.
 *
 * @param appointment the file's appointment as the engine's variable holds it (yyyy-MM-dd), or null
 * @param fileCode    the file (or complaint) the task belongs to, or null
 */
public record WorkItem(String taskId, Collection<String> groups, String assignee, String appointment, Instant dueAt,
        String fileCode, Instant createdAt) {
}
