-- The applicant's rating of the service, given on the public lookup page once the result was handed
-- over (file FINISHED), with the file code and the receipt's lookup secret. One rating per file (the
-- primary key): a second one is refused and the first stands. The agencies are copied from the file's
-- route when it is rated, so the dashboard groups by them without reading the route again.
create table mc_satisfaction_rating (
    dossier_id            bigint        primary key references mc_dossier (id),
    desk_agency_id        varchar(40),              -- the centre that received the file and returned the result
    processing_agency_id  varchar(40),              -- the agency that answered for the file (the procedure's processing unit)
    score                 int           not null,   -- 1 (rất không hài lòng) .. 5 (rất hài lòng)
    comment_text          varchar(1000),
    rated_at              timestamp     not null,
    constraint mc_satisfaction_rating_score check (score between 1 and 5)
);
create index mc_satisfaction_rating_rated_at on mc_satisfaction_rating (rated_at);
