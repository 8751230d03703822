-- Each feature keeps its own bookkeeping in its own tables (issue 15): the register (mc_dossier,
-- mc_dossier_status) is dossier's, and the features that follow it learn of new files and history
-- lines from dossier's events (FileRegistered, HistoryLineWritten), published in the writing
-- transaction. Their columns on the register move here, data and all, and are dropped there.

-- partner: the applicant's personal identification number checked against the national population
-- database (was mc_dossier.citizen_check*, V5). A row per file, written with the file; a row not
-- checked yet is tried again at next_attempt_at.
create table mc_citizen_check (
    dossier_id       bigint        primary key references mc_dossier (id),
    result           varchar(20),                    -- MATCH, MISMATCH; null until checked
    checked_at       timestamp,
    attempts         int           not null default 0,
    next_attempt_at  timestamp
);
insert into mc_citizen_check (dossier_id, result, checked_at, attempts, next_attempt_at)
select id, citizen_check, citizen_checked_at, citizen_check_attempts, citizen_check_next_at from mc_dossier;
-- the poller's "not checked and due": the unchecked rows are the few at the head of this index
create index mc_citizen_check_due on mc_citizen_check (checked_at, next_attempt_at);
drop index mc_dossier_citizen_check;
alter table mc_dossier drop column citizen_check;
alter table mc_dossier drop column citizen_checked_at;
alter table mc_dossier drop column citizen_check_attempts;
alter table mc_dossier drop column citizen_check_next_at;

-- partner: the history lines each receiver is sent, with their delivery state (was the portal_* and
-- notice_* columns of mc_dossier_status, V5 and V9). A row per line and receiver, written with the
-- line for the kinds that receiver gets; nodes claim rows with a lease, so two never send one at once.
create table mc_history_outbox (
    receiver         varchar(20)   not null,         -- PORTAL (PortalSync), NOTICE (ApplicantNotices)
    line_id          bigint        not null references mc_dossier_status (id),
    delivered_at     timestamp,                      -- acknowledged (or nobody to tell: error says why)
    attempts         int           not null default 0,
    next_attempt_at  timestamp,
    lease_owner      varchar(64),
    lease_until      timestamp,
    error            varchar(500),
    primary key (receiver, line_id)
);
-- the kinds each receiver gets, as PortalSync and ApplicantNotices.TOLD list them at this version
insert into mc_history_outbox (receiver, line_id, delivered_at, attempts, next_attempt_at, lease_owner, lease_until, error)
select 'PORTAL', id, portal_synced_at, portal_attempts, portal_next_attempt_at, portal_lease_owner, portal_lease_until,
       portal_error
from mc_dossier_status
where status in ('RECEIVED', 'WAITING_SUPPLEMENT_AT_RECEPTION', 'REFUSED', 'IN_PROGRESS', 'WAITING_AGENCY_SUPPLEMENT',
                 'RESULT_READY', 'FINISHED', 'WITHDRAWN', 'CLOSED', 'APOLOGY_SENT', 'CLOCK_PAUSED', 'CLOCK_RESUMED');
insert into mc_history_outbox (receiver, line_id, delivered_at, attempts, next_attempt_at, lease_owner, lease_until, error)
select 'NOTICE', id, notice_sent_at, notice_attempts, notice_next_attempt_at, notice_lease_owner, notice_lease_until,
       notice_error
from mc_dossier_status
where status in ('IN_PROGRESS', 'WAITING_SUPPLEMENT_AT_RECEPTION', 'WAITING_AGENCY_SUPPLEMENT', 'APOLOGY_SENT',
                 'CLOCK_PAUSED', 'CLOCK_RESUMED', 'RESULT_READY');
-- the pollers' "not delivered and due", per receiver, as the dropped indexes were
create index mc_history_outbox_waiting on mc_history_outbox (receiver, delivered_at, next_attempt_at);
drop index mc_dossier_status_portal;
drop index mc_dossier_status_notice;
alter table mc_dossier_status drop column portal_synced_at;
alter table mc_dossier_status drop column portal_attempts;
alter table mc_dossier_status drop column portal_next_attempt_at;
alter table mc_dossier_status drop column portal_lease_owner;
alter table mc_dossier_status drop column portal_lease_until;
alter table mc_dossier_status drop column portal_error;
alter table mc_dossier_status drop column notice_sent_at;
alter table mc_dossier_status drop column notice_attempts;
alter table mc_dossier_status drop column notice_next_attempt_at;
alter table mc_dossier_status drop column notice_lease_owner;
alter table mc_dossier_status drop column notice_lease_until;
alter table mc_dossier_status drop column notice_error;

-- supervision: the files the dashboard still counts live, not yet added to the monthly tables (was
-- mc_dossier.kpi_rolled_at is null, V6). A row per file, written with the file and deleted when
-- KpiRollup rolls it: the live queries read these few rows, not the register's history.
create table mc_kpi_live_file (
    dossier_id       bigint        primary key references mc_dossier (id)
);
insert into mc_kpi_live_file (dossier_id) select id from mc_dossier where kpi_rolled_at is null;
drop index mc_dossier_kpi_rolled;
alter table mc_dossier drop column kpi_rolled_at;
