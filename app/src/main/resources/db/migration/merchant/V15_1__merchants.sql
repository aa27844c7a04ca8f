-- merchant: the merchant alliance (SPEC R11; issue 14). Partner merchants of the five clubs, their outlets and
-- offers, the counter's one-time-code verifications and the redemptions made there. Points themselves live in
-- the loyalty module's ledger; a redemption here names the ledger request it spent.

create table merchant (
    id            bigserial primary key,
    code          text not null unique check (code ~ '^[A-Z0-9][A-Z0-9-]{1,31}$'),
    name          text not null check (length(name) between 1 and 100),
    club          text not null check (club in ('women', 'health', 'leisure', 'phone', 'car')),
    region        text,
    contact_name  text,
    contact_phone text,
    state         text not null default 'offline' check (state in ('online', 'offline')),
    version       integer not null default 1,
    created_at    timestamptz not null,
    deleted_at    timestamptz,           -- deleted is soft: the history, redemptions and statements stay
    deleted_by    text
);

-- Every change of a merchant, append only: its state after the change, whole, and who made it.
create table merchant_history (
    merchant_id bigint not null references merchant (id),
    version     integer not null,
    at          timestamptz not null,
    by_user     text not null,
    action      text not null check (action in ('created', 'changed', 'online', 'offline', 'deleted')),
    snapshot    jsonb not null,
    primary key (merchant_id, version)
);
create function merchant_history_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'merchant_history is append-only: % refused', tg_op;
end $$;
create trigger merchant_history_no_change before update or delete on merchant_history
    for each row execute function merchant_history_append_only();

create table merchant_outlet (
    id            bigserial primary key,
    merchant_id   bigint not null references merchant (id),
    name          text not null check (length(name) between 1 and 100),
    address       text not null,
    opening_hours text not null,        -- as the merchant writes it, e.g. "09:00-21:00"
    active        boolean not null default true
);
create index merchant_outlet_of on merchant_outlet (merchant_id);

-- What a customer can take at a merchant: a redemption at a points price, or an experience (an ordinary
-- high-value customer's yearly allowance, R11.2). quota: how many in all (null: no limit); used counts them.
create table merchant_offer (
    id           bigserial primary key,
    merchant_id  bigint not null references merchant (id),
    title        text not null check (length(title) between 1 and 100),
    kind         text not null check (kind in ('redemption', 'experience')),
    points_price bigint not null check (points_price >= 0),
    value_fen    bigint not null check (value_fen >= 0),   -- the retail value, for settlement
    valid_from   date not null,
    valid_to     date not null check (valid_to >= valid_from),
    quota        integer check (quota > 0),
    used         integer not null default 0 check (used >= 0 and (quota is null or used <= quota)),
    active       boolean not null default true,
    created_at   timestamptz not null
);
create index merchant_offer_of on merchant_offer (merchant_id, valid_to);

-- The yearly number of experiences per tier (R11.2: ordinary high-value customers a few, VIP more or no limit).
create table merchant_experience_limit (
    tier     text primary key check (tier in ('diamond', 'gold', 'silver', 'none')),
    per_year integer check (per_year >= 0),   -- null: no limit
    updated_at timestamptz not null,
    updated_by text not null
);
insert into merchant_experience_limit (tier, per_year, updated_at, updated_by) values
    ('diamond', null, now(), 'retain'), ('gold', 12, now(), 'retain'), ('silver', 4, now(), 'retain'), ('none', 0, now(), 'retain');

-- A one-time code sent to the customer at a merchant's counter; a right code gives a short-lived token that
-- names the customer for that merchant. Codes and tokens are stored as hashes only.
create table counter_verification (
    id               uuid primary key,
    merchant_id      bigint not null references merchant (id),
    clerk            text not null,
    msisdn           text not null,
    code_hash        text not null,
    created_at       timestamptz not null,
    expires_at       timestamptz not null,
    attempts         integer not null default 0,
    verified_at      timestamptz,
    token_hash       text unique,
    token_expires_at timestamptz
);
create index counter_verification_by_number on counter_verification (msisdn, created_at);
create index counter_verification_by_clerk on counter_verification (clerk, created_at);

-- What happened at the counter: an offer redeemed, or a consumption paid partly in points. Once per the
-- till's Idempotency-Key; ledger_key names the ledger request that spent the points; a refund is a reversal.
create table merchant_redemption (
    id              bigserial primary key,
    merchant_id     bigint not null references merchant (id),
    idempotency_key text not null,
    receipt_no      text not null unique,
    clerk           text not null,
    msisdn          text not null,
    kind            text not null check (kind in ('redemption', 'experience', 'consumption')),
    offer_id        bigint references merchant_offer (id),
    points          bigint not null check (points >= 0),
    value_fen       bigint not null check (value_fen >= 0),
    ledger_key      text,
    balance_after   bigint not null,
    at              timestamptz not null,
    reversed_at     timestamptz,
    reversed_by     text,
    unique (merchant_id, idempotency_key)
);
create index merchant_redemption_of on merchant_redemption (merchant_id, at);
create index merchant_redemption_by_number on merchant_redemption (msisdn, at);
