-- alert: SPEC R6.1 in-process (the embedded default without Kafka). One row per subscriber with the
-- engine's per-subscriber state (engine alert.SubscriberUsageCodec: this and last billing month's
-- tallies, the recent event ids), locked with select ... for update while an event is applied, so
-- parallel requests for one subscriber take turns. The state is null until the first counted event.
create table usage_state (
    msisdn     text primary key,
    state      bytea,
    updated_at timestamptz not null
);

-- Every alert the app acted on, raised in-process or consumed from the topology's usage-alerts topic:
-- one per subscriber, billing month and threshold (the alert's id encodes the three), with what the
-- customer was sent and the task the manager was given.
create table usage_alert (
    alert_id              text primary key,
    msisdn                text not null,
    month                 char(7) not null,
    threshold             text not null,
    kind                  text not null check (kind in ('allowance', 'bill_shock')),
    resource              text check (resource in ('data', 'voice', 'sms')),
    threshold_percent     integer,
    threshold_fen         bigint,
    used_data_mb          numeric(18, 3) not null,
    used_voice_min        bigint not null,
    used_sms              bigint not null,
    allowance_data_mb     bigint not null,
    allowance_voice_min   bigint not null,
    allowance_sms         bigint not null,
    estimated_overage_fen bigint not null,
    plan_id               text not null,
    event_id              text not null,
    event_ts              timestamptz not null,
    source                text not null check (source in ('in_process', 'kafka')),
    raised_at             timestamptz not null,
    message_id            bigint,
    task_id               text,
    unique (msisdn, month, threshold)
);

create index usage_alert_newest on usage_alert (raised_at desc, alert_id);
