-- A processing agency's supplement request restarts the time limit from zero only when it came
-- within 3 working days of receipt (Decree 118/2025 Art 19(5)); a later one, allowed by the
-- agency head's decision, leaves the clock running so the file's lateness stays visible.
alter table mc_dossier add column supplement_restarts_clock boolean default true not null;

-- Why the file's clock is stopped now (tax, public posting...): the time-limit table's excluded period.
alter table mc_dossier add column paused_reason varchar(500);

-- The due date that lateness is counted against when it is not the appointment: an apology sent after
-- the appointment gives the applicant a new date, but the file stays late against the old one. Null
-- means the appointment (due_date) itself.
alter table mc_dossier add column counted_due_date date;
