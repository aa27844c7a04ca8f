-- campaign: campaigns with a randomised holdout (SPEC R7.2, issue 15 point 2). A campaign targets the customers whose
-- rule facts of the newest cycle month match its CEL rule; each run adds the matching customers not yet members, in
-- order of value at risk, each drawn into treated or holdout by a stable hash, until the budget is spent.
create table campaign (
    id             bigserial primary key,
    name           text not null check (length(name) between 1 and 100),
    target_rule    text not null,                     -- a CEL condition over the rule facts (engine FactNames)
    channel        text not null check (channel in ('sms', 'email', 'call')),
    template_code  text,                              -- notify's message_template, or
    body           text,                              -- a plain text (neither for a call)
    holdout_share  numeric(5,4) not null check (holdout_share >= 0 and holdout_share < 1),
    budget         numeric(14,2) not null check (budget >= 0),
    cost_per_member numeric(14,2) not null default 0 check (cost_per_member >= 0), -- the offers' cost, fixed at set-up
    starts_on      date not null,
    ends_on        date not null,
    auto_run       boolean not null default false,    -- run by the daily job on the start date (or the first day after it)
    created_at     timestamptz not null,
    created_by     text not null,
    check (ends_on >= starts_on),
    check (channel = 'call' or (template_code is null) <> (body is null))
);

create table campaign_offer (
    campaign_id bigint not null references campaign (id) on delete cascade,
    offer_id    bigint not null,                      -- the offer catalogue's id (campaign.offer)
    primary key (campaign_id, offer_id)
);

create table campaign_run (
    id          bigserial primary key,
    campaign_id bigint not null references campaign (id),
    facts_month char(7) not null,                     -- the rule facts' month the target was evaluated on
    started_at  timestamptz not null,
    started_by  text not null,
    matched     integer not null,                     -- customers the rule matched
    added       integer not null,                     -- new members (treated and holdout)
    treated     integer not null,                     -- of them treated
    over_budget integer not null                      -- matched, not yet members, left out: the budget was spent
);

-- A member keeps its group for good: a re-run inserts only customers not yet members (on conflict do nothing).
create table campaign_member (
    campaign_id   bigint not null references campaign (id),
    msisdn        text not null,                      -- canonical
    grp           text not null check (grp in ('treated', 'holdout')),
    draw          double precision not null check (draw >= 0 and draw < 1), -- the stable hash as a number in [0, 1)
    value_at_risk numeric(14,2) not null,
    reserved      numeric(14,2) not null default 0,   -- the budget a treated member reserves (the offers' cost)
    run_id        bigint not null references campaign_run (id),
    added_at      timestamptz not null,
    message_id    bigint,                             -- the outbox message queued for a treated member
    task_id       text,                               -- the call task opened for a treated member (channel call)
    contact_refused text,                             -- why no message or task (the contact policy, a template error)
    primary key (campaign_id, msisdn)
);
create index campaign_member_msisdn on campaign_member (msisdn);

-- Responses and conversions: from customers' texts, call outcomes and imports (once per source).
create table campaign_response (
    id          bigserial primary key,
    campaign_id bigint not null references campaign (id),
    msisdn      text not null,
    kind        text not null check (kind in ('response', 'conversion')),
    source      text not null check (source in ('sms_reply', 'import', 'api')),
    source_ref  text not null,
    at          timestamptz not null,
    recorded_by text not null,
    unique (campaign_id, kind, source, source_ref)
);
create index campaign_response_campaign on campaign_response (campaign_id, msisdn);
