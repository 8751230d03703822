package vn.motcua.workqueue;

import java.sql.Connection;
import java.sql.Statement;

import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

import vn.motcua.system.CamundaEngineSchema;
import vn.motcua.system.CodeMigration;

/**
 * V31: the work queue's table, {@code mc_work_item}. One row per open task and candidate group (one row with
 * group '' for a task with none), kept by the engine's task events ({@link WorkQueue}). Tasklist's
 * "Việc của đơn vị" and "Việc của tôi" lists and counts read it instead of the engine's authorization-checked
 * task query, which grows with the unit (docs/benchmark.md, "The work queue and the caller's groups as given").
 * A row leaves when its task ends.
 * <p>
 * In Java rather than SQL because the tasks already open join the queue from the engine's tables, which a plain
 * Flyway run of the SQL migrations (the KPI and search benchmarks) does not have.
 */
@Component
public class WorkQueueTable extends CodeMigration {

    public WorkQueueTable() {
        super("31", "work queue");
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("""
                    create table mc_work_item (
                        task_id      varchar(64)   not null,       -- as the engine's ids
                        group_id     varchar(255)  not null,       -- a candidate group of the task, '' if it has none
                        assignee     varchar(255),                 -- null: waits in the unit's queue
                        appointment  varchar(64),                  -- the file's appointment, yyyy-MM-dd, as lists sort
                        due_at       timestamp with time zone,     -- the step's own due date
                        file_code    varchar(64),                  -- the file the task belongs to
                        primary key (task_id, group_id)
                    )""");
            // A unit's count and page read the officer's groups' rows from this index (a range per group), then sort.
            ddl.execute("create index mc_work_item_queue on mc_work_item (group_id, assignee, appointment, due_at, task_id)");
            ddl.execute("create index mc_work_item_assignee on mc_work_item (assignee, appointment, due_at, task_id)");
            ddl.execute("create index mc_work_item_file on mc_work_item (file_code)");
            if (CamundaEngineSchema.engineTablesPresent(connection)) {
                // The tasks already open join the queue as the engine holds them; a variable longer than its
                // column is no date or code (WorkItem.LONGEST_TEXT) and is left out.
                ddl.execute("""
                    insert into mc_work_item (task_id, group_id, assignee, appointment, due_at, file_code)
                    select t.ID_, coalesce(i.GROUP_ID_, ''), t.ASSIGNEE_,
                           case when length(max(a.TEXT_)) <= 64 then max(a.TEXT_) end, t.DUE_DATE_,
                           case when length(max(c.TEXT_)) <= 64 then max(c.TEXT_) end
                    from ACT_RU_TASK t
                    left join ACT_RU_IDENTITYLINK i on i.TASK_ID_ = t.ID_ and i.TYPE_ = 'candidate' and i.GROUP_ID_ is not null
                    left join ACT_RU_VARIABLE a on a.EXECUTION_ID_ = t.PROC_INST_ID_ and a.TASK_ID_ is null and a.NAME_ = 'dossierDueDate'
                    left join ACT_RU_VARIABLE c on c.EXECUTION_ID_ = t.PROC_INST_ID_ and c.TASK_ID_ is null and c.NAME_ = 'dossierCode'
                    group by t.ID_, coalesce(i.GROUP_ID_, ''), t.ASSIGNEE_, t.DUE_DATE_""");
            }
        }
    }
}
