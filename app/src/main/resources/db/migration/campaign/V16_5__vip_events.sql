-- campaign: VIP events (SPEC R7.6, issue 15): club activities, lectures and shows with ticket pools, claimed by
-- SMS keyword, by prepay (BOSS, customer service) or by staff; never oversold.

-- An event. Its keyword (stored folded: NFKC, upper case, trimmed) is what customers text to claim; unique among open
-- events, so a closed event's keyword may be used again. Claims count only inside the claim window.
create table vip_event (
    id                 bigserial primary key,
    title              text not null check (length(title) between 1 and 100),
    kind               text not null check (kind in ('club', 'lecture', 'show')),
    venue              text not null check (length(venue) between 1 and 200),
    starts_at          timestamptz not null,
    claims_from        timestamptz not null,
    claims_until       timestamptz not null check (claims_until > claims_from),
    keyword            text not null check (keyword ~ '^\S{2,20}$'),
    per_customer_limit integer not null default 1 check (per_customer_limit between 1 and 10),
    state              text not null default 'open' check (state in ('open', 'closed')),
    version            integer not null default 1,
    created_at         timestamptz not null,
    created_by         text not null,
    updated_at         timestamptz not null,
    updated_by         text not null
);
create unique index vip_event_open_keyword on vip_event (keyword) where state = 'open';

-- A pool of tickets of one event, for one kind of guest. Eligibility: the customer's tier is one of tiers (empty: any
-- tier), and when group_id is set the customer belongs to that enterprise group (a key account). taken never exceeds
-- tickets: claims take a ticket with one conditional update, and the check stops anything else.
create table vip_ticket_pool (
    id         bigserial primary key,
    event_id   bigint not null references vip_event (id),
    kind       text not null check (kind in ('vip_reward', 'key_account', 'hvc_experience')),
    tickets    integer not null check (tickets between 0 and 100000),
    taken      integer not null default 0,
    tiers      text[] not null default '{}' check (tiers <@ array['diamond', 'gold', 'silver', 'none']),
    group_id   text,
    created_at timestamptz not null,
    created_by text not null,
    check (taken between 0 and tickets)
);
create index vip_ticket_pool_event on vip_ticket_pool (event_id, id);

-- A customer's claim: a ticket of a pool (claimed), a place on the event's waiting list (waiting, no pool yet), or
-- cancelled. Idempotent by (channel, source_ref): the inbound message's reference for SMS, the prepay reference for
-- prepay, the form's key for staff. The waiting list is the waiting claims in order of waiting_since.
create table vip_event_claim (
    id            bigserial primary key,
    event_id      bigint not null references vip_event (id),
    pool_id       bigint references vip_ticket_pool (id),
    msisdn        text not null,
    channel       text not null check (channel in ('sms', 'prepay', 'staff')),
    source_ref    text not null check (length(source_ref) between 1 and 100),
    state         text not null check (state in ('claimed', 'waiting', 'cancelled')),
    created_at    timestamptz not null,
    created_by    text not null,
    waiting_since timestamptz,
    claimed_at    timestamptz,
    cancelled_at  timestamptz,
    cancelled_by  text,
    unique (channel, source_ref),
    check (state <> 'claimed' or pool_id is not null),
    check (state <> 'waiting' or (pool_id is null and waiting_since is not null))
);
create index vip_event_claim_customer on vip_event_claim (event_id, msisdn) where state <> 'cancelled';
create index vip_event_claim_waiting on vip_event_claim (event_id, waiting_since, id) where state = 'waiting';
