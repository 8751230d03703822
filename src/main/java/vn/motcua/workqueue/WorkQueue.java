package vn.motcua.workqueue;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The open tasks each group is asked to do, and each officer holds, in {@code mc_work_item}: written by the
 * engine's task events (created, assigned, updated, ended; an update brings the task's groups as they are now)
 * and by whoever adds a candidate group to an open task without an event (a step's escalation on a diagram
 * deployed before the step deadlines were drawn, which changes the task itself). Every write is idempotent, so an event replayed after a crash leaves the same rows.
 */
@Repository
public class WorkQueue {

    /** A group's name for "no group": a task nobody is asked as a group still has its assignee's row. */
    static final String NO_GROUP = "";
    /** Tasklist's order: the earliest appointment first, then the step's own due date (as its filters sort). */
    private static final String ORDER = " order by appointment nulls last, due_at nulls last, task_id";

    private final NamedParameterJdbcTemplate jdbc;

    public WorkQueue(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A task was created: one row per candidate group, or one row without a group. */
    public void opened(WorkItem item) {
        insertRows(item, groupsOrNone(item.groups()));
    }

    /**
     * The task changed (a group added or removed through the engine's API, a new due date, a new holder): its
     * rows become what the task is now.
     */
    public void updated(WorkItem item) {
        Collection<String> groups = groupsOrNone(item.groups());
        jdbc.update("delete from mc_work_item where task_id = :task and group_id not in (:groups)",
                new MapSqlParameterSource("task", item.taskId()).addValue("groups", groups));
        insertRows(item, groups);
        jdbc.update("update mc_work_item set assignee = :assignee, appointment = :appointment, due_at = :due"
                + " where task_id = :task", new MapSqlParameterSource("task", item.taskId())
                        .addValue("assignee", item.assignee()).addValue("appointment", item.appointment())
                        .addValue("due", timestamp(item.dueAt())));
    }

    /** Groups were added to an open task without a task event (an escalation): it joins their queues as it stands. */
    public void groupsAdded(String taskId, Collection<String> groups) {
        if (groups.isEmpty()) {
            return;
        }
        List<WorkItem> current = jdbc.query("select * from mc_work_item where task_id = :task",
                new MapSqlParameterSource("task", taskId), (rs, n) -> new WorkItem(taskId, List.of(),
                        rs.getString("assignee"), rs.getString("appointment"), instant(rs.getTimestamp("due_at")),
                        rs.getString("file_code")));
        if (!current.isEmpty()) {
            insertRows(current.get(0), groups);
            jdbc.update("delete from mc_work_item where task_id = :task and group_id = :none",
                    new MapSqlParameterSource("task", taskId).addValue("none", NO_GROUP));
        }
    }

    private void insertRows(WorkItem item, Collection<String> groups) {
        for (String group : groups) {
            var row = new MapSqlParameterSource("task", item.taskId()).addValue("group", group)
                    .addValue("assignee", item.assignee()).addValue("appointment", item.appointment())
                    .addValue("due", timestamp(item.dueAt())).addValue("file", item.fileCode());
            // Insert-if-absent in portable SQL (H2 and PostgreSQL): a replayed event adds nothing. Only the
            // transaction that creates or changes the task writes its rows, so two inserts of one row do not race.
            jdbc.update("""
                    insert into mc_work_item (task_id, group_id, assignee, appointment, due_at, file_code)
                    select :task, :group, :assignee, :appointment, :due, :file from (values (1)) one
                    where not exists (select 1 from mc_work_item where task_id = :task and group_id = :group)""", row);
        }
    }

    private static Collection<String> groupsOrNone(Collection<String> groups) {
        return groups.isEmpty() ? List.of(NO_GROUP) : groups;
    }

    public void assigned(String taskId, String assignee) {
        jdbc.update("update mc_work_item set assignee = :assignee where task_id = :task",
                new MapSqlParameterSource("task", taskId).addValue("assignee", assignee));
    }

    /** The file's appointment moved: its open tasks move in every queue's order. */
    public void appointmentChanged(String fileCode, String appointment) {
        jdbc.update("update mc_work_item set appointment = :appointment where file_code = :file",
                new MapSqlParameterSource("file", fileCode).addValue("appointment", appointment));
    }

    /** The task was completed or cancelled: it leaves every queue. */
    public void closed(String taskId) {
        jdbc.update("delete from mc_work_item where task_id = :task", new MapSqlParameterSource("task", taskId));
    }

    /** How many unassigned tasks wait for any of these groups. */
    public long unassignedCount(Collection<String> groups) {
        if (groups.isEmpty()) {
            return 0;
        }
        Long count = jdbc.queryForObject("select count(distinct task_id) from mc_work_item"
                + " where group_id in (:groups) and assignee is null", new MapSqlParameterSource("groups", groups),
                Long.class);
        return count == null ? 0 : count;
    }

    /** How many open tasks this user holds. */
    public long assignedCount(String assignee) {
        Long count = jdbc.queryForObject("select count(distinct task_id) from mc_work_item where assignee = :assignee",
                new MapSqlParameterSource("assignee", assignee), Long.class);
        return count == null ? 0 : count;
    }

    /** A page of the open tasks this user holds, in Tasklist's order. */
    public List<String> assignedPage(String assignee, int first, int max) {
        return jdbc.queryForList("select task_id from mc_work_item where assignee = :assignee"
                + " group by task_id, appointment, due_at" + ORDER + " offset :first rows fetch next :max rows only",
                new MapSqlParameterSource("assignee", assignee).addValue("first", first).addValue("max", max),
                String.class);
    }

    /** A page of the unassigned tasks waiting for any of these groups, in Tasklist's order. */
    public List<String> unassignedPage(Collection<String> groups, int first, int max) {
        if (groups.isEmpty() || max <= 0) {
            return new ArrayList<>();
        }
        // A task asked of two of the officer's groups has two rows with the same sort keys: one line.
        return jdbc.queryForList("select task_id from mc_work_item where group_id in (:groups) and assignee is null"
                + " group by task_id, appointment, due_at" + ORDER + " offset :first rows fetch next :max rows only",
                new MapSqlParameterSource("groups", groups).addValue("first", first).addValue("max", max),
                String.class);
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
