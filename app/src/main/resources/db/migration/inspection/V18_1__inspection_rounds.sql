-- inspection: 组巡检查 (SPEC R12.4, seeds 000 and 002): a supervisor draws a stratified random sample of one branch's
-- programme customers, inspectors visit or call them and record what they found.

-- one draw: the branch, the seed that reproduces it and the sizes asked for
create table inspection_round (
    id              bigserial primary key,
    region          text not null,
    branch          text not null,
    seed            bigint not null,
    sample_size     integer not null check (sample_size > 0),
    min_per_stratum integer not null check (min_per_stratum >= 0),
    population      integer not null,          -- programme customers with a manager in the branch at the draw
    note            text not null default '',
    drawn_by        text not null,
    drawn_at        timestamptz not null default now()
);

-- the customers drawn, with the stratum and manager they had at the draw (results group by these, not by today's)
create table inspection_sample (
    round_id     bigint not null references inspection_round (id) on delete cascade,
    msisdn       text not null,
    tier         text not null,
    zone         text not null,
    manager_id   text not null,
    stratum_size integer not null,             -- N_h: the stratum's customers in the branch at the draw
    draw_order   integer not null,
    primary key (round_id, msisdn)
);

-- what the inspector found; one finding per sampled customer (recording again replaces it)
create table inspection_finding (
    round_id         bigint not null,
    msisdn           text not null,
    method           text not null check (method in ('visit', 'call')),
    found_on         date not null,
    profile_correct  boolean not null,
    profile_issue    text not null default '',
    knows_manager    boolean not null,
    service_received boolean not null,
    notes            text not null default '',
    recorded_by      text not null,
    recorded_at      timestamptz not null default now(),
    primary key (round_id, msisdn),
    foreign key (round_id, msisdn) references inspection_sample (round_id, msisdn) on delete cascade
);
