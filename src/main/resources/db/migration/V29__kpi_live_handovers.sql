-- supervision: the hand-overs the dashboard still counts live, not yet added to the monthly tables
-- (was mc_handover.kpi_rolled_at is null, V6). The control sheet (mc_handover) is dossier's; like the
-- files not rolled yet (mc_kpi_live_file, V27), supervision keeps its mark in its own table: a row
-- per hand-over, written with the hand-over (dossier's event HandoverOpened) and deleted when
-- KpiRollup rolls it. A step cancelled without a verdict is never rolled and keeps its row, as it
-- kept a null kpi_rolled_at.
create table mc_kpi_live_handover (
    handover_id      bigint        primary key references mc_handover (id)
);
insert into mc_kpi_live_handover (handover_id) select id from mc_handover where kpi_rolled_at is null;
drop index mc_handover_kpi_rolled;
alter table mc_handover drop column kpi_rolled_at;
