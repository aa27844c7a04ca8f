-- retention: tasks from the cycle (tasks.csv) with their handling state (R4.2, R4.4),
-- and the unified contact history (R8.1)
create table task (
    task_id        text primary key,
    msisdn         text not null,
    month          char(7) not null,
    kind           text not null,
    reasons        text not null,
    actions        text not null default '',
    priority       bigint not null,
    value_at_risk  numeric(14,2) not null,
    due_date       date not null,
    manager_id     text,
    status         text not null default 'open' check (status in ('open','done','cancelled')),
    outcome        text,
    follow_up_date date,
    closed_at      timestamptz,
    updated_at     timestamptz not null default now()
);
create index task_manager_open on task (manager_id, status, priority desc);
create index task_msisdn on task (msisdn, month desc);
create index task_month on task (month);

create table contact (
    id             bigserial primary key,
    msisdn         text not null,
    at             timestamptz not null default now(),
    channel        text not null,     -- phone_manager, customer_manager, business_hall, hotline_10086, sms, app, merchant
    outcome        text not null,     -- reached, unreachable, refused, accepted_offer, complaint_raised
    decline_reason text,
    offer          text,
    notes          text,
    follow_up_date date,
    username       text not null,
    task_id        text
);
create index contact_msisdn on contact (msisdn, at desc);
