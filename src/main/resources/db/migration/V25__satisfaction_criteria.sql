-- Ratings by the legal criteria (feedback/satisfaction-criteria.yaml: return time, agencies contacted,
-- officers' attitude, costs beyond the fees, online service, overall), one answer per criterion. The
-- rating itself (mc_satisfaction_rating, V19) stays the one-per-file row that refuses a second rating.
-- Ratings given before on the 1-5 scale keep their score and have no answers; new ratings have no score.
-- The dashboard counts an old score of 4 or 5 as satisfied overall and shows old ratings apart.
alter table mc_satisfaction_rating alter column score drop not null;

create table mc_satisfaction_answer (
    dossier_id  bigint       not null references mc_satisfaction_rating (dossier_id),
    criterion   varchar(40)  not null,   -- a criterion's code in the criteria file
    answer      varchar(40)  not null,   -- the chosen option's code
    satisfied   boolean      not null,   -- whether that option counted as satisfied when it was given
    primary key (dossier_id, criterion)
);
create index mc_satisfaction_answer_criterion on mc_satisfaction_answer (criterion);
