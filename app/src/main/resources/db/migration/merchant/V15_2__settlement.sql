-- merchant: settlement with the partner merchants (SPEC R11.5; issue 14). The operator pays a merchant the value of
-- what customers took there with points, less the operator's fee that the merchant's settlement contract sets per
-- category; the merchant applies for a closed month, the operator reviews and approves or returns it. All money
-- is in fen (bigint); a fee's share of value is in basis points (1/100 of a percent).

-- The settlement contract of a merchant: one rule per category of what happens at the counter. version counts the
-- changes; each settlement keeps the rules it was computed with, so a later change never alters a statement.
create table merchant_contract (
    merchant_id bigint primary key references merchant (id),
    contract_no text check (length(contract_no) <= 50),
    version     integer not null default 1,
    updated_at  timestamptz not null,
    updated_by  text not null
);

create table merchant_contract_rule (
    merchant_id            bigint not null references merchant_contract (merchant_id),
    category               text not null check (category in ('redemption', 'experience', 'consumption')),
    fee_per_redemption_fen bigint not null default 0 check (fee_per_redemption_fen between 0 and 100000000),
    share_bp               integer not null default 0 check (share_bp between 0 and 10000),
    minimum_fen            bigint check (minimum_fen between 0 and 10000000000),   -- null: no minimum fee a month
    cap_fen                bigint check (cap_fen between 0 and 10000000000),       -- null: no cap a month
    check (minimum_fen is null or cap_fen is null or minimum_fen <= cap_fen),
    primary key (merchant_id, category)
);

-- Every saved contract, append only: the rules as they then stood and who saved them.
create table merchant_contract_history (
    merchant_id bigint not null references merchant_contract (merchant_id),
    version     integer not null,
    at          timestamptz not null,
    by_user     text not null,
    contract_no text,
    rules       jsonb not null,
    primary key (merchant_id, version)
);
create function merchant_contract_history_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'merchant_contract_history is append-only: % refused', tg_op;
end $$;
create trigger merchant_contract_history_no_change before update or delete on merchant_contract_history
    for each row execute function merchant_contract_history_append_only();

-- A merchant's application for one month (period YYYY-MM, in the business time zone): applied, then approved or
-- returned with a reason; a returned one may be applied for again (a new row). The totals are frozen at the
-- application: line_count (net: redemptions less refunds), points, value_fen, fee_fen, payable_fen = value - fee
-- (what the operator pays the merchant; negative: what the merchant owes). ledger_points: what the points ledger
-- recorded for the lines when the operator approved (reconciled: equal to points).
create table merchant_settlement (
    id               bigserial primary key,
    merchant_id      bigint not null references merchant (id),
    period           text not null check (period ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
    state            text not null check (state in ('applied', 'approved', 'returned')),
    contract_version integer not null,
    applied_at       timestamptz not null,
    applied_by       text not null,
    decided_at       timestamptz,
    decided_by       text,
    return_reason    text check (length(return_reason) between 1 and 500),
    line_count       integer not null,
    points           bigint not null,
    value_fen        bigint not null,
    fee_fen          bigint not null,
    payable_fen      bigint not null,
    ledger_points    bigint,
    check (payable_fen = value_fen - fee_fen),
    check ((state = 'applied') = (decided_at is null) and (decided_at is null) = (decided_by is null)),
    check ((state = 'returned') = (return_reason is not null))
);
-- one live settlement per merchant and month: two parallel applications make one
create unique index merchant_settlement_live on merchant_settlement (merchant_id, period) where state <> 'returned';
create index merchant_settlement_by_state on merchant_settlement (state, applied_at);

-- A settlement's totals per category, with the contract's rule as applied: line_fee_fen (the lines' fees),
-- adjustment_fen (the month's minimum or cap: fee_fen - line_fee_fen), fee_fen, payable_fen = value_fen - fee_fen.
create table merchant_settlement_category (
    settlement_id          bigint not null references merchant_settlement (id),
    category               text not null check (category in ('redemption', 'experience', 'consumption')),
    fee_per_redemption_fen bigint not null,
    share_bp               integer not null,
    minimum_fen            bigint,
    cap_fen                bigint,
    line_count             integer not null,
    points                 bigint not null,
    value_fen              bigint not null,
    line_fee_fen           bigint not null,
    adjustment_fen         bigint not null,
    fee_fen                bigint not null,
    payable_fen            bigint not null,
    check (fee_fen = line_fee_fen + adjustment_fen and payable_fen = value_fen - fee_fen),
    primary key (settlement_id, category)
);

-- One line per redemption a settlement includes (direction 1), or per refund of a redemption that an approved
-- settlement had paid (direction -1: a negative line in a later month). points, value_fen, fee_fen are signed.
-- released: the settlement was returned, so the redemption may be settled again. A redemption is in at most one
-- live settlement, and its refund in at most one.
create table merchant_settlement_line (
    settlement_id bigint not null references merchant_settlement (id),
    redemption_id bigint not null references merchant_redemption (id),
    direction     smallint not null check (direction in (1, -1)),
    category      text not null check (category in ('redemption', 'experience', 'consumption')),
    points        bigint not null,
    value_fen     bigint not null,
    fee_fen       bigint not null,
    released      boolean not null default false,
    primary key (settlement_id, redemption_id, direction)
);
create unique index merchant_settlement_line_once on merchant_settlement_line (redemption_id, direction) where not released;
-- the refunds still to settle: redemptions refunded, by merchant
create index merchant_redemption_reversed on merchant_redemption (merchant_id, reversed_at) where reversed_at is not null;
