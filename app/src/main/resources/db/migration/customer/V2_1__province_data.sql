-- customer: the operator's exports as imported (docs/data-formats.md), and the import history.
create table plan (
    plan_id            text primary key,
    name               text not null,
    monthly_fee        numeric(12,2) not null,
    voice_min          integer not null,
    data_mb            integer not null,
    sms                integer not null,
    over_voice_per_min numeric(12,4) not null,
    over_data_per_mb   numeric(12,4) not null,
    over_sms           numeric(12,4) not null
);

create table manager (
    manager_id text primary key,
    name       text not null,
    role       text not null check (role in ('customer_manager','phone_manager')),
    region     text not null,
    capacity   integer,
    active     boolean not null default true
);

create table customer_group (
    group_id           text primary key,
    name               text not null,
    account_manager_id text
);

create table subscriber (
    msisdn            text primary key,
    name              text not null,
    gender            text,
    birth_date        date,
    lunar_birthday    boolean not null default false,
    region            text not null,
    branch            text,
    brand             text not null,
    tier              text,          -- null: left to the tier rules
    group_id          text,
    join_date         date not null,
    plan_id           text,
    min_commit        numeric(12,2) not null default 0,
    contract_end      date,
    points            bigint not null default 0,
    points_expiry     date,
    marketing_consent boolean not null default false,
    dnd               boolean not null default false
);
create index subscriber_region on subscriber (region);

-- month as 'YYYY-MM' text: sorts like a date and reads like the contract
create table usage_monthly (
    msisdn  text not null,
    month   char(7) not null,
    bill    numeric(12,2) not null,
    mou_out bigint not null,
    data_mb numeric(14,2) not null,
    sms     bigint not null,
    state   text not null,
    primary key (msisdn, month)
);
create index usage_monthly_month on usage_monthly (month);

create table call_peer (
    msisdn        text not null,
    month         char(7) not null,
    peer          text not null,
    peer_operator text not null,
    calls         bigint not null,
    minutes       bigint not null,
    primary key (msisdn, month, peer)
);

create table import_run (
    id           bigserial primary key,
    started_at   timestamptz not null default now(),
    finished_at  timestamptz,
    username     text not null,
    source       text not null,          -- upload, api, cli, demo
    status       text not null check (status in ('running','succeeded','failed')),
    message      text,
    months       text                    -- usage months the import touched, comma-separated
);

create table import_file (
    import_id     bigint not null references import_run(id) on delete cascade,
    file          text not null,
    rows_read     bigint not null,
    rows_loaded   bigint not null,
    rows_rejected bigint not null,
    primary key (import_id, file)
);

create table import_reject (
    import_id bigint not null references import_run(id) on delete cascade,
    file      text not null,
    line      bigint not null,
    col       text,
    reason    text not null,
    raw       text
);
create index import_reject_import on import_reject (import_id, file, line);

-- R1.5 needs and preference notes
create table customer_note (
    id         bigserial primary key,
    msisdn     text not null,
    tags       text not null default '',   -- comma-separated need tags
    note       text not null,
    author     text not null,
    created_at timestamptz not null default now()
);
create index customer_note_msisdn on customer_note (msisdn, created_at desc);
