-- assignment: the current manager of each programme customer, and every change (R3.2, R3.3)
create table assignment (
    msisdn      text primary key,
    manager_id  text,                 -- null: unassigned (no capacity / no manager)
    role        text not null,
    reason      text not null,        -- kept, group_account_manager, region_balanced, other_region, unassigned_*, manual
    month       char(7) not null,     -- the cycle month that set it
    assigned_at timestamptz not null default now(),
    assigned_by text not null         -- 'cycle' or the supervisor's username
);
create index assignment_manager on assignment (manager_id);

create table assignment_history (
    id           bigserial primary key,
    msisdn       text not null,
    from_manager text,
    to_manager   text,
    role         text not null,
    reason       text not null,
    month        char(7),
    at           timestamptz not null default now(),
    by_user      text not null
);
create index assignment_history_msisdn on assignment_history (msisdn, at desc);
