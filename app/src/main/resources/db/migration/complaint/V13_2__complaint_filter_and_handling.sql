-- complaint (issue 13, helper C1): what the filter and the handling record on a complaint, the
-- complaint's own append-only history, the admin's filter settings and area weights, and the network
-- alarms' area-wide cases. V13_1's complaint table gains columns here (never edited in place).
alter table complaint
    add column created_by          text,
    add column filter_score        numeric(6,2),   -- 0..100, the five principles' weighted total
    add column filter_contributions jsonb,         -- {principle code: points of the total}
    add column proposed_priority   text check (proposed_priority in ('must_solve', 'regular', 'defer')),
    add column priority_override   text,           -- the handler's reason when the priority differs from the proposal
    add column filtered_by         text,
    add column filtered_at         timestamptz,
    add column scenario            text check (scenario in ('planned_in_construction', 'cannot_solve_now', 'short_term_solvable')),
    add column customer_type       text check (customer_type in ('general', 'repeat', 'purpose_driven', 'agitated', 'loyal_demanding'));
create index complaint_repeat on complaint (msisdn, category, received_at);
create index complaint_work_order on complaint (work_order_id) where work_order_id is not null;

-- every change of a complaint: state, priority, scenario; append-only (the trigger refuses UPDATE and DELETE)
create table complaint_history (
    id           bigserial primary key,
    complaint_id bigint not null references complaint (id),
    at           timestamptz not null default now(),
    by_user      text not null,
    from_state   text,
    to_state     text not null,
    note         text
);
create index complaint_history_of on complaint_history (complaint_id, id);
create function complaint_history_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'complaint_history is append-only';
end $$;
create trigger complaint_history_no_change before update or delete on complaint_history
    for each row execute function complaint_history_append_only();

-- the admin's filter: weights per principle, thresholds, full-value bill, full repeats, repeat window
create table complaint_filter_setting (
    key        text primary key,
    value      numeric(10,2) not null,
    changed_by text not null,
    changed_at timestamptz not null default now()
);
insert into complaint_filter_setting (key, value, changed_by) values
    ('weight.return_on_investment', 25, 'retain'),
    ('weight.customer_class', 25, 'retain'),
    ('weight.area_importance', 15, 'retain'),
    ('weight.repeat_count', 20, 'retain'),
    ('weight.competition', 15, 'retain'),
    ('must_solve_from', 60, 'retain'),
    ('defer_below', 30, 'retain'),
    ('full_value_bill', 200, 'retain'),
    ('full_repeats', 3, 'retain'),
    ('repeat_window_days', 30, 'retain');

-- area importance: the admin's weight (0..1) of a region ('' branch: the whole region) or of one branch
create table complaint_area_weight (
    region     text not null,
    branch     text not null default '',
    weight     numeric(3,2) not null check (weight between 0 and 1),
    changed_by text not null,
    changed_at timestamptz not null default now(),
    primary key (region, branch)
);

-- a network alarm's area-wide case: collects the complaints of its area and category in its window
create table complaint_area_case (
    id          bigserial primary key,
    external_id text unique,               -- the alarm system's id: a repeat returns the first case
    region      text not null,
    branch      text,                      -- null: the whole region
    area        text,                      -- free text: the cell, street or site named by the alarm
    category    text not null,
    starts_at   timestamptz not null,
    ends_at     timestamptz,               -- null: still open
    description text not null default '',
    opened_by   text not null,
    opened_at   timestamptz not null default now(),
    check (ends_at is null or ends_at > starts_at)
);
create index complaint_area_case_open on complaint_area_case (region, category);
