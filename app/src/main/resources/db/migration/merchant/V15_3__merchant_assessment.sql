-- merchant: the assessment of partner merchants (SPEC R11.4; issue 14). Five items, each scored 0-100 per merchant
-- and quarter, weighted into a total, graded A-D by thresholds; the admin edits weights and thresholds. Assessments
-- are append-only: assessing a quarter again adds a version, and each keeps the weights, item parameters and
-- thresholds it was computed with. Two consecutive quarters graded D raise a flag for an offline review.

-- The items, weights in percent (the five add up to 100). parameter: what a computed item needs, the admin's too:
-- complaints: points off per complaint in the quarter; redemptions: redemptions in a quarter that score 100.
create table merchant_assessment_item (
    code       text primary key check (code in ('service', 'complaints', 'redemptions', 'satisfaction', 'compliance')),
    position   integer not null,
    weight     integer not null check (weight between 0 and 100),
    parameter  integer check (parameter > 0),
    updated_at timestamptz not null,
    updated_by text not null
);
insert into merchant_assessment_item (code, position, weight, parameter, updated_at, updated_by) values
    ('service', 1, 30, null, now(), 'retain'),
    ('complaints', 2, 20, 10, now(), 'retain'),
    ('redemptions', 3, 20, 60, now(), 'retain'),
    ('satisfaction', 4, 20, null, now(), 'retain'),
    ('compliance', 5, 10, null, now(), 'retain');

-- A merchant is graded the best grade whose minimum its total reaches; D's minimum is always 0.
create table merchant_grade_threshold (
    grade      text primary key check (grade in ('A', 'B', 'C', 'D')),
    min_total  numeric(5, 2) not null check (min_total between 0 and 100),
    updated_at timestamptz not null,
    updated_by text not null
);
insert into merchant_grade_threshold (grade, min_total, updated_at, updated_by) values
    ('A', 90, now(), 'retain'), ('B', 75, now(), 'retain'), ('C', 60, now(), 'retain'), ('D', 0, now(), 'retain');

-- Every change of the weights or thresholds, append only: the whole scheme as it stood after the change.
create table merchant_assessment_scheme_change (
    id      bigserial primary key,
    at      timestamptz not null,
    by_user text not null,
    what    text not null check (what in ('weights', 'thresholds')),
    scheme  jsonb not null
);

-- One assessment of a merchant for a quarter ('2026-Q3'); a later one of the same quarter is the next version and
-- the one in force. thresholds: the grade minimums applied, as JSON.
create table merchant_assessment (
    id          bigserial primary key,
    merchant_id bigint not null references merchant (id),
    period      text not null check (period ~ '^[0-9]{4}-Q[1-4]$'),
    version     integer not null check (version > 0),
    total       numeric(5, 2) not null check (total between 0 and 100),
    grade       text not null check (grade in ('A', 'B', 'C', 'D')),
    thresholds  jsonb not null,
    note        text,
    assessed_at timestamptz not null,
    assessed_by text not null,
    unique (merchant_id, period, version)
);

-- Each item's score in an assessment: its weight then, how it was obtained (source), and the facts behind it (basis,
-- e.g. the number of complaints, redemptions, or the callbacks' average satisfaction).
create table merchant_assessment_score (
    assessment_id bigint not null references merchant_assessment (id),
    item          text not null check (item in ('service', 'complaints', 'redemptions', 'satisfaction', 'compliance')),
    weight        integer not null check (weight between 0 and 100),
    score         numeric(5, 2) not null check (score between 0 and 100),
    source        text not null check (source in ('entered', 'computed')),
    basis         text,
    primary key (assessment_id, item)
);

create function merchant_assessment_append_only() returns trigger language plpgsql as $$
begin
    raise exception '% is append-only: % refused', tg_table_name, tg_op;
end $$;
create trigger merchant_assessment_no_change before update or delete on merchant_assessment
    for each row execute function merchant_assessment_append_only();
create trigger merchant_assessment_score_no_change before update or delete on merchant_assessment_score
    for each row execute function merchant_assessment_append_only();
create trigger merchant_assessment_scheme_change_no_change before update or delete on merchant_assessment_scheme_change
    for each row execute function merchant_assessment_append_only();

-- A merchant graded D in two consecutive quarters, for an offline review: raised once per merchant and later quarter
-- (period), at most one open per merchant; a review closes it, taking the merchant offline or keeping it online.
create table merchant_review_flag (
    id            bigserial primary key,
    merchant_id   bigint not null references merchant (id),
    period        text not null,              -- the second of the two D quarters
    assessment_id bigint not null references merchant_assessment (id),
    raised_at     timestamptz not null,
    reviewed_at   timestamptz,
    reviewed_by   text,
    outcome       text check (outcome in ('taken_offline', 'kept_online')),
    note          text,
    unique (merchant_id, period),
    check ((reviewed_at is null) = (outcome is null))
);
create unique index merchant_review_flag_open on merchant_review_flag (merchant_id) where reviewed_at is null;
