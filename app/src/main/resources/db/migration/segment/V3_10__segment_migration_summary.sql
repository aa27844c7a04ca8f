-- segment_migration_summary: per cycle month, the subscribers of each zone move from the month
-- before (absent / gone included). The dashboard's zone counts and migration read it instead of
-- scanning a million segment rows; written with the month's segments, filled on first use for
-- months segmented before it existed.
create table segment_migration_summary (
    month       char(7) not null,
    from_zone   text not null,     -- a zone, or 'absent' (not present the month before)
    to_zone     text not null,     -- a zone, or 'gone' (left or missing this month)
    subscribers bigint not null,
    primary key (month, from_zone, to_zone)
);
