-- workorder: webhooks out on work-order state changes (SPEC R8.3). Only to targets on the admin's
-- allow-list (origins: scheme://host:port); deliveries go through this durable outbox with retries.
create table webhook_allowed_target (
    origin     text primary key,            -- normalised: scheme://host:port, lower case
    added_by   text not null,
    added_at   timestamptz not null
);

create table webhook_subscription (
    id         bigserial primary key,
    url        text not null,
    secret     text not null,               -- the HMAC-SHA256 key the receiver checks the signature with
    active     boolean not null default true,
    created_by text not null,
    created_at timestamptz not null
);

-- One row per subscription and event (event_key unique per subscription: a redelivered event adds nothing).
create table webhook_delivery (
    id              bigserial primary key,
    subscription_id bigint not null references webhook_subscription (id),
    event_key       text not null,
    body            text not null,
    state           text not null check (state in ('pending', 'delivered', 'failed')),
    attempts        integer not null default 0,
    next_attempt_at timestamptz not null,
    last_error      text,
    created_at      timestamptz not null,
    delivered_at    timestamptz,
    unique (subscription_id, event_key)
);
create index webhook_delivery_due on webhook_delivery (next_attempt_at) where state = 'pending';
