-- Supervision by place: the monthly KPI rollups (V6) also keyed by the parcel's commune, and the
-- file tables by the centre that received the file, so the dashboard's commune and agency filters
-- and the province view read rolled months as they read live files. An agency other than a centre
-- needs no column: its groups are its own, so the unit slices ("anphuoclandoffice") already are it.
--
-- Rows rolled before this version added up files of every commune and centre and cannot be split.
-- They are dropped and every settled file and finished hand-over is rolled again from the register,
-- which keeps them all: until the next rollup pass (motcua.supervision.rollup-every) those files are
-- counted live, so no figure is missing or counted twice in between, only slower to read. Every node
-- runs the new rollup after this migration (upgrade all nodes together, as for any migration).
-- Files received before V10 got the first commune and centre at start (LegacyFileRouting); a file
-- still without them is rolled with '' and counted in the province totals under "(chưa ghi xã)".

drop table mc_kpi_file_month;
drop table mc_kpi_apology_month;
drop table mc_kpi_handover_month;
drop table mc_kpi_holding_month;

create table mc_kpi_file_month (
    unit             varchar(100)  not null,   -- '' for every file, else a unit (group) it passed through
    procedure_key    varchar(60)   not null,
    received_month   int           not null,
    finished_month   int           not null,   -- 0: settled without finishing (refused, withdrawn, closed)
    due_month        int           not null,   -- 0: no appointment date
    counted          boolean       not null,
    timeliness       varchar(10)   not null,
    stopped          boolean       not null,
    extended         boolean       not null,
    channel          varchar(20)   not null,
    commune_code     varchar(20)   not null,   -- the parcel's commune; '' if the file has none
    receiving_agency varchar(40)   not null,   -- the centre that received it; '' if none recorded
    procedure_name   varchar(300)  not null,
    files            bigint        not null,
    supplements      bigint        not null,
    repeated         bigint        not null,
    primary key (unit, procedure_key, received_month, finished_month, due_month, counted, timeliness, stopped,
                 extended, channel, commune_code, receiving_agency)
);

create table mc_kpi_apology_month (
    unit             varchar(100)  not null,
    procedure_key    varchar(60)   not null,
    changed_month    int           not null,
    timely           boolean       not null,
    commune_code     varchar(20)   not null,
    receiving_agency varchar(40)   not null,
    apologies        bigint        not null,
    primary key (unit, procedure_key, changed_month, timely, commune_code, receiving_agency)
);

create table mc_kpi_handover_month (
    unit             varchar(100)  not null,
    step_key         varchar(100)  not null,
    procedure_key    varchar(60)   not null,
    finished_month   int           not null,
    assignee         varchar(100)  not null,
    outcome          varchar(10)   not null,
    commune_code     varchar(20)   not null,   -- the commune of the step's file
    step_name        varchar(300)  not null,
    handovers        bigint        not null,
    primary key (unit, step_key, procedure_key, finished_month, assignee, outcome, commune_code)
);

create table mc_kpi_holding_month (
    unit             varchar(100)  not null,
    step_key         varchar(100)  not null,
    procedure_key    varchar(60)   not null,
    finished_month   int           not null,
    bucket           int           not null,
    commune_code     varchar(20)   not null,
    handovers        bigint        not null,
    primary key (unit, step_key, procedure_key, finished_month, bucket, commune_code)
);

update mc_dossier set kpi_rolled_at = null where kpi_rolled_at is not null;
update mc_handover set kpi_rolled_at = null where kpi_rolled_at is not null;
update mc_kpi_rollup set files_rolled = 0 where id = 1;
