-- Files pushed by the national public-service portal (Decree 118/2025 Art 17(2)). A fully online
-- ("toàn trình") file has no paper at any step: its receipt and result say electronic. Its papers
-- arrive as references to the portal's store with the SHA-256 of each, kept so the desk can show
-- that what it opened is what the applicant filed.
alter table mc_dossier add column fully_online boolean default false not null;
alter table mc_dossier_document add column reference varchar(1000);   -- where the portal keeps the paper
alter table mc_dossier_document add column sha256 varchar(64);        -- hex digest the portal sent
