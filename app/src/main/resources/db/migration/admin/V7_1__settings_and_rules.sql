-- admin: zone thresholds and the CEL warning rules, versioned; the newest row is in force
create table threshold_settings (
    version    bigserial primary key,
    high_value_bill numeric(12,2) not null,   -- A
    mou_threshold   bigint not null,          -- M
    min_commit      numeric(12,2) not null,   -- C
    saved_by   text not null,
    saved_at   timestamptz not null default now()
);

create table rule_set_version (
    version  bigserial primary key,
    yaml     text not null,
    saved_by text not null,
    saved_at timestamptz not null default now()
);
