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

-- db-scheduler's table (PostgreSQL flavour of its schema)
create table scheduled_tasks (
    task_name            text not null,
    task_instance        text not null,
    task_data            bytea,
    execution_time       timestamptz not null,
    picked               boolean not null,
    picked_by            text,
    last_success         timestamptz,
    last_failure         timestamptz,
    consecutive_failures int,
    last_heartbeat       timestamptz,
    version              bigint not null,
    priority             smallint,
    primary key (task_name, task_instance)
);
create index execution_time_idx on scheduled_tasks (execution_time);
create index last_heartbeat_idx on scheduled_tasks (last_heartbeat);
create index priority_execution_time_idx on scheduled_tasks (priority desc, execution_time asc);
