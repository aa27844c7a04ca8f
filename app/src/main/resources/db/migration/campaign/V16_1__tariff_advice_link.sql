-- campaign: the self-service tariff advice links (SPEC R7.4, issue 15). A manager sends a customer an SMS with a link
-- /t/<token>; the token is random (32 bytes) and only its SHA-256 is kept. The link shows the customer's advice, read
-- only, as often as they like until it expires (default 7 days); every opening is counted.
create table tariff_advice_link (
    id              bigserial primary key,
    token_hash      text not null unique,      -- SHA-256 of the token, hex; never the token
    msisdn          text not null,             -- canonical
    sent_by         text not null,             -- the login that sent it
    sent_at         timestamptz not null,
    expires_at      timestamptz not null,
    message_id      bigint,                    -- the outbox message that carries it
    open_count      integer not null default 0,
    first_opened_at timestamptz,
    last_opened_at  timestamptz,
    check (expires_at > sent_at)
);
create index tariff_advice_link_msisdn on tariff_advice_link (msisdn, sent_at);
