-- Each line of a file's history keeps the appointment date and the pause (with its reason) as they
-- were when it was written. The portal (Decree 118/2025 Art 27(2)(d)) and the applicant (Art 19(6))
-- are told that state, however late the outbox sends the line, and a line sent again after a crash
-- says exactly what it said the first time.
alter table mc_dossier_status add column due_date date;
alter table mc_dossier_status add column paused boolean default false not null;
alter table mc_dossier_status add column pause_reason varchar(500);

-- Lines still waiting for the portal or the applicant take the file's state now: the best known.
update mc_dossier_status set
    due_date = (select d.due_date from mc_dossier d where d.id = mc_dossier_status.dossier_id),
    paused = (select case when d.paused_since is null then false else true end from mc_dossier d
              where d.id = mc_dossier_status.dossier_id),
    pause_reason = (select case when d.paused_since is null then null else d.paused_reason end from mc_dossier d
                    where d.id = mc_dossier_status.dossier_id)
where portal_synced_at is null or notice_sent_at is null;

-- The applicant is now also told when the clock runs again, with the moved date; lines written
-- before this version are not sent now.
update mc_dossier_status set notice_sent_at = changed_at where status = 'CLOCK_RESUMED' and notice_sent_at is null;
