-- assessment: managers' training records (SPEC R12.3, issue 16 point 7): one row per course a manager took, with its
-- result (passed, failed, attended), an optional score and the hours; supervisors and admins keep them.
create table training_record (
    id          bigserial primary key,
    manager_id  text not null,                 -- customer's manager.manager_id (no foreign key: managers.csv may drop a manager, the record stays)
    course      text not null check (length(course) between 1 and 200),
    taken_on    date not null,
    result      text not null check (result in ('passed', 'failed', 'attended')),
    score       numeric(5,1) check (score between 0 and 100),
    hours       numeric(5,1) not null check (hours > 0 and hours <= 1000),
    note        text check (length(note) <= 1000),
    recorded_by text not null,
    recorded_at timestamptz not null default now(),
    updated_by  text,
    updated_at  timestamptz
);
create index training_record_manager on training_record (manager_id, taken_on desc);
