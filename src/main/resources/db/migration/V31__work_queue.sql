-- The work queue: one row per open task and candidate group (one row with group '' for a task with none),
-- kept by the engine's task events (vn.motcua.workqueue.WorkQueue). Tasklist's "Việc của đơn vị" and
-- "Việc của tôi" lists and counts read it instead of the engine's authorization-checked task query, which
-- grows with the unit (5.5 s for a unit of 50,000 open tasks: docs/benchmark.md, "Officer latency at
-- province size"). A row leaves when its task ends.
create table mc_work_item (
    task_id      varchar(64)   not null,                   -- as the engine's ids
    group_id     varchar(255)  not null,                   -- a candidate group of the task, '' if it has none
    assignee     varchar(255),                             -- null: waits in the unit's queue
    appointment  varchar(64),                              -- the file's appointment, yyyy-MM-dd, as Tasklist sorts it
    due_at       timestamp with time zone,                 -- the step's own due date
    file_code    varchar(64),                              -- the file the task belongs to
    primary key (task_id, group_id)
);
-- A unit's count and page read the officer's groups' rows from this index (a range per group), then sort.
create index mc_work_item_queue on mc_work_item (group_id, assignee, appointment, due_at, task_id);
create index mc_work_item_assignee on mc_work_item (assignee, appointment, due_at, task_id);
create index mc_work_item_file on mc_work_item (file_code);

-- Tasks already open when this version is installed join the queue as the engine holds them
-- (the engine's tables exist since V17; on a new database this inserts nothing).
-- A variable longer than its column is no date or code (WorkItem.LONGEST_TEXT): left out.
insert into mc_work_item (task_id, group_id, assignee, appointment, due_at, file_code)
select t.ID_, coalesce(i.GROUP_ID_, ''), t.ASSIGNEE_,
       case when length(max(a.TEXT_)) <= 64 then max(a.TEXT_) end, t.DUE_DATE_,
       case when length(max(c.TEXT_)) <= 64 then max(c.TEXT_) end
from ACT_RU_TASK t
left join ACT_RU_IDENTITYLINK i on i.TASK_ID_ = t.ID_ and i.TYPE_ = 'candidate' and i.GROUP_ID_ is not null
left join ACT_RU_VARIABLE a on a.EXECUTION_ID_ = t.PROC_INST_ID_ and a.TASK_ID_ is null and a.NAME_ = 'dossierDueDate'
left join ACT_RU_VARIABLE c on c.EXECUTION_ID_ = t.PROC_INST_ID_ and c.TASK_ID_ is null and c.NAME_ = 'dossierCode'
group by t.ID_, coalesce(i.GROUP_ID_, ''), t.ASSIGNEE_, t.DUE_DATE_;
