-- The applicant is told of acceptance, supplement requests, an apology's new date, a pause and the
-- result (Decree 118/2025 Art 19(6): the desk notifies the applicant), by SMS or e-mail through the
-- messaging agency. The file's history is the outbox, as for the portal (V5); lines written before
-- this version are not sent now, months later.
alter table mc_dossier_status add column notice_sent_at timestamp;
alter table mc_dossier_status add column notice_attempts int not null default 0;
alter table mc_dossier_status add column notice_next_attempt_at timestamp;
alter table mc_dossier_status add column notice_lease_owner varchar(64);
alter table mc_dossier_status add column notice_lease_until timestamp;
alter table mc_dossier_status add column notice_error varchar(500);
update mc_dossier_status set notice_sent_at = changed_at;
create index mc_dossier_status_notice on mc_dossier_status (notice_sent_at, notice_next_attempt_at);
