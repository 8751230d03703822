-- Every moment of the application's own tables becomes a timestamp with time zone (issue 15): until
-- V29 they were timestamps without a zone, holding the wall clock of the JVM that wrote them
-- (java.sql.Timestamp is written in the JVM's default zone), and the KPI queries shifted them by the
-- JVM's offset to find Vietnamese days. From here on a column holds an instant, whatever the zone of
-- the server, the JVM or the session reading it. Camunda's ACT_* tables are the engine's and stay as
-- Camunda creates them.
--
-- How existing values are read: a timestamp without zone becomes a timestamp with time zone in the
-- session's time zone, on both databases. That session is the application's own connection (Flyway
-- runs on the node's data source), and its zone is the JVM's: PostgreSQL's JDBC driver sets the
-- session TimeZone to the JVM's default zone when it connects, and H2's session zone is the JVM's
-- default zone. So each value is read in the zone it was written in, as long as the node that
-- migrates runs in the zone the nodes always ran in (docs/operations.md, "Upgrades"). No zone is
-- written here on purpose: a fixed 'Asia/Ho_Chi_Minh' would shift every value written by a JVM in
-- UTC, which is how the Docker image and most servers run.
--
-- One statement per column: H2 changes one column per ALTER TABLE. Indexes, primary keys and
-- not-null constraints on these columns stay (both databases rebuild the index with the column).

-- V1: seeds
alter table mc_seed_marker alter column applied_at set data type timestamp with time zone;

-- V2: the register and the control sheet
alter table mc_dossier alter column received_at set data type timestamp with time zone;
alter table mc_dossier alter column supplement_noticed_at set data type timestamp with time zone;
alter table mc_dossier alter column finished_at set data type timestamp with time zone;
alter table mc_dossier alter column created_at set data type timestamp with time zone;
alter table mc_dossier alter column updated_at set data type timestamp with time zone;
alter table mc_dossier_status alter column changed_at set data type timestamp with time zone;
alter table mc_due_date_change alter column changed_at set data type timestamp with time zone;
alter table mc_handover alter column received_at set data type timestamp with time zone;
alter table mc_handover alter column due_at set data type timestamp with time zone;
alter table mc_handover alter column finished_at set data type timestamp with time zone;

-- V3: letters
alter table mc_letter alter column created_at set data type timestamp with time zone;
alter table mc_lookup_secret alter column created_at set data type timestamp with time zone;

-- V5: partner exchanges
alter table mc_partner_exchange alter column opened_at set data type timestamp with time zone;
alter table mc_partner_exchange alter column sent_at set data type timestamp with time zone;
alter table mc_partner_exchange alter column due_at set data type timestamp with time zone;
alter table mc_partner_exchange alter column reminded_at set data type timestamp with time zone;
alter table mc_partner_exchange alter column reported_at set data type timestamp with time zone;
alter table mc_partner_exchange alter column answered_at set data type timestamp with time zone;

-- V6: the KPI rollup's bookkeeping
alter table mc_kpi_rollup alter column last_rolled_at set data type timestamp with time zone;

-- V16: the tracking book
alter table mc_tracking_book alter column created_at set data type timestamp with time zone;

-- V19: satisfaction ratings
alter table mc_satisfaction_rating alter column rated_at set data type timestamp with time zone;

-- V22: complaints
alter table mc_complaint alter column received_at set data type timestamp with time zone;
alter table mc_complaint alter column answered_at set data type timestamp with time zone;
alter table mc_complaint alter column escalated_at set data type timestamp with time zone;
alter table mc_complaint alter column delivered_at set data type timestamp with time zone;
alter table mc_complaint alter column delivery_lease_until set data type timestamp with time zone;

-- V23: desk dialogues
alter table mc_desk_dialogue alter column started_at set data type timestamp with time zone;
alter table mc_desk_dialogue alter column ended_at set data type timestamp with time zone;
alter table mc_desk_dialogue alter column recorded_at set data type timestamp with time zone;

-- V27: citizen ID checks and the history outbox
alter table mc_citizen_check alter column checked_at set data type timestamp with time zone;
alter table mc_citizen_check alter column next_attempt_at set data type timestamp with time zone;
alter table mc_history_outbox alter column delivered_at set data type timestamp with time zone;
alter table mc_history_outbox alter column next_attempt_at set data type timestamp with time zone;
alter table mc_history_outbox alter column lease_until set data type timestamp with time zone;
