-- loyalty: the alliance points ledger (issue 14, SPEC R11.2). The balance of record of a subscriber's points is
-- the sum of their entries; the account's balance and each lot's remaining are kept in step in the same
-- transaction (the account row is the lock every change of the subscriber's points takes first).

-- One row per subscriber the ledger knows. imported_points / imported_expiry: what BOSS's export said the last time
-- the ledger took it in (at the opening or a reconciliation), so that a re-import of an unchanged export changes nothing.
create table points_account (
    msisdn          text primary key,
    balance         bigint not null default 0 check (balance >= 0),
    imported_points bigint,
    imported_expiry date,
    imported_at     timestamptz,
    opened_at       timestamptz not null default now()
);

-- Every change, once per client key. points is signed (negative for a spend); balance_after is the usable balance
-- after it. A reversal names the redemption it refunds (reverses): at most one reversal per redemption.
create table points_request (
    id            bigserial primary key,
    client_key    text not null unique,
    msisdn        text not null,
    kind          text not null check (kind in ('grant', 'redeem', 'reverse', 'adjust')),
    points        bigint not null,
    reference     text,
    reverses      bigint references points_request (id),
    balance_after bigint not null default 0,
    at            timestamptz not null default now()
);
create unique index points_request_one_reversal on points_request (reverses) where reverses is not null;
create index points_request_msisdn on points_request (msisdn, at);

-- A lot: points granted together, usable up to and including expires_on. remaining = the sum of the lot's entries.
create table points_lot (
    id         bigserial primary key,
    msisdn     text not null references points_account (msisdn),
    source     text not null check (source in ('tenure', 'campaign', 'adjustment', 'opening')),
    opened_on  date not null,
    expires_on date not null,
    points     bigint not null check (points > 0),
    remaining  bigint not null check (remaining >= 0 and remaining <= points),
    request_id bigint references points_request (id)
);
-- spending order (soonest expiry, then id) among the lots with points left
create index points_lot_usable on points_lot (msisdn, expires_on, id) where remaining > 0;
-- the expiry job's lots: past their day with points left
create index points_lot_due on points_lot (expires_on) where remaining > 0;

-- The entries: append-only, each on one lot. request_id is null for the expiry job's entries.
create table points_entry (
    id         bigserial primary key,
    msisdn     text not null,
    lot_id     bigint not null references points_lot (id),
    request_id bigint references points_request (id),
    kind       text not null check (kind in ('grant', 'redeem', 'reverse', 'adjust', 'expire')),
    points     bigint not null check (points <> 0),
    at         timestamptz not null default now()
);
create index points_entry_request on points_entry (request_id);
create index points_entry_lot on points_entry (lot_id);
create index points_entry_msisdn on points_entry (msisdn);

create function points_entry_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'points_entry is append-only (% refused)', tg_op;
end $$;
create trigger points_entry_append_only before update or delete on points_entry
    for each row execute function points_entry_append_only();

-- Each adjustment an import made (for reconciliation with BOSS): the ledger's usable balance before, BOSS's points
-- as taken in (0 when BOSS's points_expiry had passed), the difference applied (imported - ledger_before).
create table points_reconciliation (
    import_id     bigint not null,
    msisdn        text not null,
    ledger_before bigint not null,
    imported      bigint not null,
    difference    bigint not null,
    points_expiry date,
    at            timestamptz not null default now(),
    primary key (import_id, msisdn)
);
create index points_reconciliation_msisdn on points_reconciliation (msisdn);
