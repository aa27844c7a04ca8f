-- metrics: the month's figures of SPEC R10.2 and the dashboards (R12.1), refreshed after each cycle and on demand
-- (docs/metrics.md). metric_customer holds one row per customer and month with the facts every metric counts (the
-- drill-down lists these rows); metric_monthly the aggregates per breakdown, so no page scans the province.
create table metric_customer (
    month              char(7) not null,
    msisdn             text not null,          -- canonical
    tier               text not null,          -- the month's segment tier, else the month before's, else the imported one, else none
    region             text not null,
    branch             text not null,          -- '' when the subscriber has none
    manager_id         text,                   -- the manager assigned at the refresh
    team               text,
    zone               text,                   -- the month's zone; null: no segment row this month
    zone_before        text,                   -- last month's zone
    in_base            boolean not null,       -- a programme customer last month (blue, green, yellow, red)
    retained           boolean not null,       -- in the base and still active this month
    upgraded           boolean not null,       -- in the base and in a better zone this month
    downgraded         boolean not null,       -- in the base and in a worse zone (white included) or gone this month
    managed            boolean not null,       -- has a manager
    contacted          boolean not null,       -- had a contact in the month (docs/contact-frequency.md)
    responded          boolean not null,       -- answered a survey in the month (the latest answer counts)
    satisfied          boolean not null,
    knows_manager      boolean not null,
    nps                smallint,
    loyalty            numeric(5,2),           -- 0..100, respondents only
    clv                numeric(12,2),
    tasks              integer not null,
    tasks_done         integer not null,
    tasks_overdue      integer not null,
    complaints_closed  integer not null,
    complaints_in_time integer not null,
    campaign_treated   boolean not null,
    campaign_converted boolean not null,
    redemptions        integer not null,
    primary key (month, msisdn)
);
create index metric_customer_branch on metric_customer (month, region, branch, msisdn);
create index metric_customer_manager on metric_customer (month, manager_id, msisdn);
create index metric_customer_team on metric_customer (month, team, msisdn);
create index metric_customer_tier on metric_customer (month, tier, msisdn);

create table metric_monthly (
    month        char(7) not null,
    breakdown    text not null check (breakdown in ('all', 'tier', 'branch', 'team', 'manager')),
    key          text not null,                -- '' for all; region/branch for a branch; '' also for "none" (no team, no manager)
    metric       text not null,
    numerator    numeric(16,2) not null,
    denominator  numeric(16,2) not null,
    value        numeric(10,2),                -- null when the denominator is 0
    refreshed_at timestamptz not null,
    primary key (month, breakdown, key, metric)
);
