-- campaign: the offer catalogue (SPEC R7.1, issue 15) and the customers' answers to offers (R7.3, the next best offer).

-- An offer. kind says what params holds (validated by the application: campaign.offer.OfferKind); eligibility is a CEL
-- boolean over the customer's rule facts (engine FactNames), checked at save. stock is what is left to give (null: no
-- stock to count); an acceptance takes one with a conditional update (stock > 0), and the check below stops anything
-- else from taking it below zero. prior_acceptance is where the learning of the acceptance rate starts.
create table offer (
    id               bigserial primary key,
    code             text not null unique check (code ~ '^[A-Z0-9][A-Z0-9_-]{1,29}$'),
    name_zh          text not null check (length(name_zh) between 1 and 100),
    name_en          text not null check (length(name_en) between 1 and 100),
    kind             text not null check (kind in ('prepay_bonus', 'gift', 'handset_discount', 'family_plan', 'addon_trial',
                                                   'tenure_points', 'data_pack', 'voice_pack')),
    params           jsonb not null default '{}',
    eligibility      text not null check (length(eligibility) between 1 and 2000),
    cost             numeric(12, 2) not null check (cost >= 0),
    valid_from       date not null,
    valid_to         date not null,
    stock            integer check (stock >= 0),
    taken            integer not null default 0 check (taken >= 0),
    prior_acceptance numeric(5, 4) not null check (prior_acceptance > 0 and prior_acceptance < 1),
    state            text not null default 'active' check (state in ('active', 'retired')),
    version          integer not null default 1,
    created_at       timestamptz not null,
    created_by       text not null,
    updated_at       timestamptz not null,
    updated_by       text not null,
    check (valid_to >= valid_from)
);

-- A customer's answer to an offer: accepted or declined, by whom, when, with the customer's segment at the time (the zone
-- of the newest rule facts: the learning is per offer and zone), the task it was offered on and the campaign, if any.
create table offer_response (
    id          bigserial primary key,
    offer_id    bigint not null references offer (id),
    msisdn      text not null,
    outcome     text not null check (outcome in ('accepted', 'declined')),
    segment     text not null check (length(segment) between 1 and 20),
    task_id     text,
    campaign_id bigint,
    recorded_by text not null,
    recorded_at timestamptz not null
);
create index offer_response_customer on offer_response (msisdn, recorded_at);
create index offer_response_learning on offer_response (offer_id, segment, outcome);
