-- cycle: each run of the monthly cycle over the database, with its progress and summary
create table cycle_run (
    id          bigserial primary key,
    month       char(7) not null,
    status      text not null check (status in ('queued','running','succeeded','failed')),
    phase       text,
    done        bigint not null default 0,
    total       bigint not null default 0,
    started_at  timestamptz not null default now(),
    finished_at timestamptz,
    started_by  text not null,
    summary     text,                 -- summary.json of the engine
    error       text
);
create index cycle_run_month on cycle_run (month, started_at desc);
