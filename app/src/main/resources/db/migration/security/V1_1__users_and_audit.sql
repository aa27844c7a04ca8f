-- security: who may log in, with which role; and the audit trail of personal-data access (R14)
create table app_user (
    username      text primary key,
    password_hash text not null,
    display_name  text not null,
    role          text not null check (role in ('admin','supervisor','phone_manager','customer_manager','analyst')),
    manager_id    text,           -- managers.csv id for phone/customer managers
    enabled       boolean not null default true,
    created_at    timestamptz not null default now()
);

create table audit_log (
    id        bigserial primary key,
    at        timestamptz not null default now(),
    username  text not null,
    action    text not null,      -- e.g. reveal_personal_data, export, reassign, rules_saved
    subject   text,               -- what was touched: an msisdn, a file, a manager id
    detail    text
);
create index audit_log_at on audit_log (at desc);
