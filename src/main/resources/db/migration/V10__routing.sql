-- One system for a province: each file is received by one centre's desk and processed by the
-- agencies that cover its parcel's commune. The route is fixed when the file is received, with the
-- group ids, so a later edit of the organisation file (or a node that has not reloaded it yet)
-- never moves a file in progress. Files received before this version get the first office's route
-- at the next start (vn.motcua.dossier.LegacyFileRouting).
alter table mc_dossier add column receiving_agency varchar(40);
create table mc_dossier_route (
    dossier_id     bigint       not null references mc_dossier (id),
    unit           varchar(20)  not null,   -- the role the diagrams name: desk, landoffice, ...
    agency_id      varchar(40)  not null,
    staff_group    varchar(64)  not null,
    leaders_group  varchar(64)  not null,
    primary key (dossier_id, unit)
);
create index mc_dossier_route_agency on mc_dossier_route (agency_id);
create index mc_dossier_commune on mc_dossier (commune_code);
create index mc_dossier_receiving on mc_dossier (receiving_agency);
