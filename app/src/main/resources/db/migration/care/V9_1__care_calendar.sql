-- care: the daily care run (issue 11 point 7; docs/care-calendar.md, "How the app runs it").

-- One row per business day the run prepared: when, by whom, and what it found and did.
-- first_prepared < day when the run caught up days it missed.
create table care_run (
    day            date primary key,
    first_prepared date not null,
    status         text not null check (status in ('running', 'succeeded', 'failed')),
    started_at     timestamptz not null,
    finished_at    timestamptz,
    started_by     text not null,         -- 'schedule', 'startup' or the user who pressed "run now"
    subscribers    integer,
    moments_due    integer,               -- found due by the engine (old and new)
    moments_new    integer,               -- of those, not stored before: acted on now
    messages       integer,               -- queued in the outbox
    tasks          integer,               -- opened
    refused        integer,               -- a message the outbox refused (unknown template, missing variable)
    notes          text,                  -- what the run could not do (a festival year outside the table), or the error
    moments_by_kind text                  -- "birthday=12,festival=300,…"
);

-- Each key moment once per customer and occurrence (the engine's moment id): a re-run of a day
-- inserts with ON CONFLICT DO NOTHING and acts only on the rows it inserted.
create table care_moment (
    msisdn      text not null,
    moment_id   text not null,            -- birthday:2027, festival:spring:2027, region-event:e3, …
    kind        text not null,
    occurs_on   date not null,
    prepared_on date not null,            -- the run's day
    occasion    text,                     -- the festival's code or the region event's name
    tier        text not null,
    action      text not null check (action in ('message', 'task', 'both')),
    template    text,
    task_kind   text,
    manager_id  text,                     -- the customer's manager when the moment was prepared
    message_id  bigint,                   -- the outbox's message
    task_id     text,
    refused     text,                     -- why the outbox refused the message
    created_at  timestamptz not null,
    primary key (msisdn, moment_id)
);
create index care_moment_manager_day on care_moment (manager_id, prepared_on);
create index care_moment_day on care_moment (prepared_on);
create index care_moment_moment on care_moment (moment_id);

-- The admin's playbook: when it has rows they are the whole playbook; empty means the engine's
-- defaults (care/care-playbook.csv). Every save replaces it whole and keeps a version.
create table care_playbook_row (
    moment    text not null,
    tier      text not null,
    action    text not null,
    template  text,
    task_kind text,
    primary key (moment, tier)
);

create table care_playbook_version (
    version  bigserial primary key,
    csv      text not null,
    saved_at timestamptz not null,
    saved_by text not null
);

-- Region-wide events a supervisor started (a typhoon in one region): the run includes them on
-- their day (engine RegionEvent; its id is 'e' || id).
create table care_region_event (
    id           bigserial primary key,
    region       text not null,
    starts_on    date not null,
    ends_on      date not null check (ends_on >= starts_on),
    name         text not null check (length(name) between 1 and 60),
    announced_on date not null,
    created_at   timestamptz not null,
    created_by   text not null
);
