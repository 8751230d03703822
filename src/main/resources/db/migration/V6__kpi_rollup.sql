-- Monthly KPI rollups (vn.motcua.supervision.KpiRollup). A file that has settled (finished, or
-- refused, withdrawn or closed) no longer changes, so its figures are added once to these tables
-- and the file is marked rolled; the dashboard adds the rollups to a live query over the files
-- not rolled yet (the open ones and those that settled in the last hours). Months are
-- Vietnamese calendar months as yyyymm; 0 stands for "none" (never finished, no due date).
alter table mc_dossier add column kpi_rolled_at timestamp;
-- The units a file passed through, as ",landoffice,landregistry," (a leaders' group counts for its
-- unit), kept by the control sheet as steps open, so a unit's dashboard needs no join. Null for
-- files registered before this column: the dashboard then looks at their hand-overs.
alter table mc_dossier add column units_passed varchar(1000);
create index mc_dossier_kpi_rolled on mc_dossier (kpi_rolled_at);
-- Only hand-overs with an outcome are rolled; a step still held stays live whatever its file.
alter table mc_handover add column kpi_rolled_at timestamp;
create index mc_handover_kpi_rolled on mc_handover (kpi_rolled_at);

-- Files, once per unit they passed through (unit = '' for every file, whatever its units).
create table mc_kpi_file_month (
    unit             varchar(100)  not null,   -- a unit's group id; its leaders' steps count for it
    procedure_key    varchar(60)   not null,
    received_month   int           not null,
    finished_month   int           not null,   -- 0: settled without finishing (refused, withdrawn, closed)
    due_month        int           not null,   -- 0: no appointment date
    counted          boolean       not null,   -- accepted and not refused, withdrawn or closed (Gia Lai method)
    timeliness       varchar(10)   not null,   -- EARLY, ON_TIME, LATE by the finishing day in Vietnam; '' if not finished
    stopped          boolean       not null,   -- clock paused or waiting for an agency supplement when it settled
    extended         boolean       not null,   -- an apology moved the appointment
    channel          varchar(20)   not null,
    procedure_name   varchar(300)  not null,
    files            bigint        not null,
    supplements      bigint        not null,   -- agency supplement requests
    repeated         bigint        not null,   -- files sent back for supplements more than once
    primary key (unit, procedure_key, received_month, finished_month, due_month, counted, timeliness, stopped,
                 extended, channel)
);

-- Apology letters (mc_due_date_change kind APOLOGY) of rolled files, by the month they were recorded.
create table mc_kpi_apology_month (
    unit             varchar(100)  not null,
    procedure_key    varchar(60)   not null,
    changed_month    int           not null,
    timely           boolean       not null,   -- recorded before the old appointment day
    apologies        bigint        not null,
    primary key (unit, procedure_key, changed_month, timely)
);

-- Hand-overs with an outcome of rolled files, by the month they finished (unit as recorded: "a,b").
create table mc_kpi_handover_month (
    unit             varchar(100)  not null,
    step_key         varchar(100)  not null,
    procedure_key    varchar(60)   not null,
    finished_month   int           not null,
    assignee         varchar(100)  not null,   -- '' when nobody claimed it
    outcome          varchar(10)   not null,
    step_name        varchar(300)  not null,
    handovers        bigint        not null,
    primary key (unit, step_key, procedure_key, finished_month, assignee, outcome)
);

-- Holding times of those hand-overs as a histogram: bucket b holds hours h with
-- floor(ln(1 + h / 0.1) / ln(1.02)) = b, so a median read from it is within 1% (HoldingTimes).
create table mc_kpi_holding_month (
    unit             varchar(100)  not null,
    step_key         varchar(100)  not null,
    procedure_key    varchar(60)   not null,
    finished_month   int           not null,
    bucket           int           not null,
    handovers        bigint        not null,
    primary key (unit, step_key, procedure_key, finished_month, bucket)
);

-- One row: whoever holds its lock rolls; the nodes of a cluster never roll the same file twice.
create table mc_kpi_rollup (
    id               int           primary key,
    files_rolled     bigint        not null,
    last_rolled_at   timestamp
);
insert into mc_kpi_rollup (id, files_rolled, last_rolled_at) values (1, 0, null);
