-- The tracking book (Sổ theo dõi hồ sơ, TT 03/2025/TT-VPCP: the receipt's "Quyển số ..., Số thứ tự ...").
-- One entry per accepted file, in its receiving desk's book of the year, written when the receipt is
-- issued and never again (the primary key): a step run twice keeps the file's first entry. Files accepted
-- before this have their entry only in their receipt's number, which it equalled.
create table mc_tracking_book (
    dossier_id  bigint       primary key references mc_dossier (id),
    desk_id     varchar(40)  not null,   -- the receiving centre's id in the organisation file
    book_year   int          not null,   -- Quyển số: the year the file was accepted
    entry_no    int          not null,   -- Số thứ tự: from 1 in each desk's book of the year
    created_at  timestamp    not null,
    constraint mc_tracking_book_entry unique (desk_id, book_year, entry_no)
);
