-- Application-owned tables (Camunda keeps its own ACT_* schema). Portable SQL: H2 and PostgreSQL.

-- One-time seeds (demo organisation, demo files) that ran, so they never run twice.
create table mc_seed_marker (
    seed        varchar(100) primary key,
    applied_at  timestamp    not null
);
