-- Supervision KPIs (vn.motcua.supervision): indexes for the period scans of the dashboard.
-- A period reads files received before its end and not finished before its start, apologies
-- recorded in it and hand-overs finished in it or still open.
create index mc_dossier_received on mc_dossier (received_at);
create index mc_dossier_finished on mc_dossier (finished_at);
create index mc_due_date_change_kind on mc_due_date_change (kind, changed_at);
create index mc_handover_finished on mc_handover (finished_at);
