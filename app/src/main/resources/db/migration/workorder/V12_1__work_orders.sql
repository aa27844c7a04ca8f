-- workorder: electronic work orders shared by every channel (SPEC R8.2; issue 13). The workorder
-- module owns every table here; others write only through dev.retain.app.workorder.WorkOrders.

-- Queues (one per department or team). supervisors: the usernames told first when a time limit nears.
create table work_queue (
    code        text primary key check (code ~ '^[a-z0-9_]+$'),
    name_zh     text not null,
    name_en     text not null,
    department  text not null,
    supervisors text not null default '',     -- usernames, comma separated
    is_default  boolean not null default false
);
create unique index work_queue_one_default on work_queue (is_default) where is_default;

-- Routing rules the admin edits: the first enabled rule by position whose non-null columns all match
-- routes the order; none matches: the default queue.
create table work_routing_rule (
    id             bigserial primary key,
    position       integer not null,
    category       text,
    region         text,
    customer_class text,                    -- the subscriber's tier: diamond, gold, silver, none
    queue          text not null references work_queue (code),
    enabled        boolean not null default true
);

-- Time limits in business minutes per category and priority (null: any); the most specific match wins.
create table work_time_limit (
    id             bigserial primary key,
    category       text,
    priority       text check (priority in ('must_solve', 'regular', 'defer')),
    limit_minutes  integer not null check (limit_minutes > 0),
    warn_minutes   integer not null check (warn_minutes >= 0)  -- a warning this many business minutes ahead
);
create unique index work_time_limit_key on work_time_limit (coalesce(category, ''), coalesce(priority, ''));

-- Daily working hours per region ('*': every region without its own), e.g. 08:30-12:00,13:30-17:30.
-- Which days work comes from calendar.WorkingDays (public holidays, make-up days).
create table work_hours (
    region text primary key,
    hours  text not null
);

create table work_order (
    id               bigserial primary key,
    external_id      text unique,             -- the sending system's id: a repeat returns the first
    msisdn           text not null,
    channel          text not null check (channel in ('phone_manager', 'customer_manager', 'hall', 'hotline', 'online_hall',
                                                     'merchant', 'api', 'staff', 'quality', 'network_alarm', 'analysis', 'import')),
    category         text not null,
    description      text not null,
    region           text,
    customer_class   text,
    priority         text not null check (priority in ('must_solve', 'regular', 'defer')),
    state            text not null check (state in ('new', 'assigned', 'in_progress', 'waiting_customer', 'resolved', 'closed')),
    queue            text not null references work_queue (code),
    previous_queue   text references work_queue (code),  -- where a transfer came from: a hand-back returns there
    assignee         text,
    created_by       text not null,
    created_at       timestamptz not null,
    limit_minutes    integer not null,
    warn_minutes     integer not null,
    due_at           timestamptz,             -- null while the clock stands still (waiting on the customer)
    warn_at          timestamptz,
    due_provisional  boolean not null default false,  -- the deadline crosses a year the holiday table does not announce
    resolved_at      timestamptz,
    result           text,
    closed_at        timestamptz,
    callback_outcome text check (callback_outcome in ('satisfied', 'unsatisfied', 'unreachable')),
    satisfaction     smallint check (satisfaction between 1 and 5),
    callback_note    text,
    check (state <> 'closed' or (result is not null and callback_outcome is not null))
);
create index work_order_customer on work_order (msisdn, created_at desc);
create index work_order_open_due on work_order (due_at) where state not in ('resolved', 'closed');
create index work_order_queue on work_order (queue, state);

-- When the clock stood still; ended_at null: still waiting. Kept for good: the deadline is derived from them.
create table work_order_pause (
    id            bigserial primary key,
    work_order_id bigint not null references work_order (id),
    started_at    timestamptz not null,
    ended_at      timestamptz,
    reason        text not null
);
create unique index work_order_one_open_pause on work_order_pause (work_order_id) where ended_at is null;

-- Every change of a work order, append only (the trigger below refuses UPDATE and DELETE).
create table work_order_history (
    id            bigserial primary key,
    work_order_id bigint not null references work_order (id),
    at            timestamptz not null,
    by_user       text not null,
    action        text not null,
    from_state    text,
    to_state      text not null,
    queue         text not null,
    note          text
);
create index work_order_history_order on work_order_history (work_order_id, id);

create function work_order_history_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'work_order_history is append-only: % refused', tg_op;
end $$;
create trigger work_order_history_no_change before update or delete on work_order_history
    for each row execute function work_order_history_append_only();
create trigger work_order_history_no_truncate before truncate on work_order_history
    for each statement execute function work_order_history_append_only();

-- Each escalation notice once: a warning ahead of a deadline, and the deadline itself (a new deadline after a
-- priority change or a pause is a new key).
create table work_order_warning (
    work_order_id bigint not null references work_order (id),
    kind          text not null check (kind in ('due_soon', 'overdue')),
    due_at        timestamptz not null,
    queued_at     timestamptz not null,
    primary key (work_order_id, kind, due_at)
);

insert into work_queue (code, name_zh, name_en, department, is_default) values
    ('front_desk', '受理台', 'Front desk', 'service', true),
    ('network', '网络优化', 'Network', 'network', false),
    ('billing', '计费账务', 'Billing', 'billing', false),
    ('vip_care', '大客户服务', 'VIP care', 'service', false);
insert into work_routing_rule (position, category, region, customer_class, queue) values
    (10, null, null, 'diamond', 'vip_care'),
    (20, 'network', null, null, 'network'),
    (30, 'billing', null, null, 'billing');
insert into work_time_limit (category, priority, limit_minutes, warn_minutes) values
    (null, null, 960, 120),
    (null, 'must_solve', 480, 120),
    (null, 'regular', 960, 120),
    (null, 'defer', 2400, 240);
insert into work_hours (region, hours) values ('*', '08:30-12:00,13:30-17:30');
