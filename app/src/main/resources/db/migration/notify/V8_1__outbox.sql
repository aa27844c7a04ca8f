-- notify (issue 11, SPEC R6.6, R13, R14.4): the outbox every outbound message goes through, the history of
-- each message's states, opt-outs, messages customers send back, and receipts that came before their message.

-- One row per message, written in the transaction of the business change that caused it (Outbox.queue).
create table outbox_message (
    id                 bigserial primary key,
    idempotency_key    text not null,
    msisdn             text,                 -- the customer's canonical number; null for a member of staff
    username           text,                 -- a member of staff (in-app); null for a customer
    channel            text not null check (channel in ('sms', 'email', 'in_app')),
    message_class      text not null check (message_class in ('service', 'marketing')),
    template_code      text,                 -- null for a plain text
    variables          jsonb,                -- the template's variables; null for a secret message
    subject            text,                 -- email only
    body               text,                 -- rendered when queued; a secret body is erased once the message is done
    reason             text not null,        -- why it is sent (birthday, festival:mid_autumn, …): screens, merging
    secret             boolean not null default false,
    state              text not null check (state in ('queued', 'held', 'sending', 'sent', 'delivered', 'failed', 'suppressed')),
    state_reason       text,                 -- why held, suppressed or failed (a policy code or the gateway's error)
    attempts           integer not null default 0,
    next_attempt_at    timestamptz,          -- when the dispatcher looks at a queued or held message again
    merged_into        bigint references outbox_message (id),
    gateway_message_id text,                 -- as the sender returned it, to match delivery receipts
    segments           integer,
    queued_by          text not null,
    queued_at          timestamptz not null,
    sending_since      timestamptz,          -- when the dispatcher took the current attempt (a contact from then on)
    handed_at          timestamptz,          -- when the current attempt was handed to the sender
    sent_at            timestamptz,
    done_at            timestamptz,          -- delivered, failed or suppressed
    updated_at         timestamptz not null,
    constraint outbox_message_idempotency unique (idempotency_key),
    constraint outbox_message_recipient check ((msisdn is null) <> (username is null))
);
-- the dispatcher's two questions: what is due, and which attempts were left in flight by an instance that died
create index outbox_message_due on outbox_message (next_attempt_at) where state in ('queued', 'held');
create index outbox_message_in_flight on outbox_message (coalesce(handed_at, sending_since)) where state = 'sending';
-- a customer's messages (the 360 view, the API), and the contacts that count for caps and merging
create index outbox_message_customer on outbox_message (msisdn, queued_at desc) where msisdn is not null;
create index outbox_message_contacts on outbox_message (msisdn, channel, sending_since)
    where message_class = 'marketing' and state in ('sending', 'sent', 'delivered');
-- receipts name the gateway's id (ids repeat over the years: the newest message wins)
create index outbox_message_gateway_id on outbox_message (channel, gateway_message_id) where gateway_message_id is not null;
create index outbox_message_list on outbox_message (queued_at desc, id desc);

-- Every state a message took, in order: appended, never changed.
create table outbox_history (
    id         bigserial primary key,
    message_id bigint not null references outbox_message (id),
    state      text not null,
    reason     text,                         -- the policy's reason, the gateway's error, merged into …
    attempt    integer not null,
    until      timestamptz,                  -- held: when the message is looked at again
    at         timestamptz not null
);
create index outbox_history_message on outbox_history (message_id, id);

-- Customers who do not want to hear from us (R14.4): every channel at once. scope 'marketing' stops marketing
-- and care; 'all' (an explicit block by staff) stops service messages too.
create table opt_out (
    id         bigserial not null unique,    -- what links and forms name (never the number)
    msisdn     text primary key,
    scope      text not null check (scope in ('marketing', 'all')),
    reason     text not null,
    source     text not null,                -- staff, or keyword:<channel> for a reply such as TD
    created_by text not null,
    created_at timestamptz not null
);

-- Every opt-out added or removed, with who and why (staff changes are audited as well).
create table opt_out_change (
    id      bigserial primary key,
    msisdn  text not null,
    action  text not null check (action in ('added', 'removed')),
    scope   text not null,
    reason  text not null,
    source  text not null,
    by_user text not null,
    at      timestamptz not null
);
create index opt_out_change_msisdn on opt_out_change (msisdn, id desc);

-- Messages customers sent back (mobile originated), already reassembled by the sender, and what was done with them.
create table inbound_message (
    id          bigserial primary key,
    channel     text not null,
    msisdn      text not null,
    text        text not null,
    received_at timestamptz not null,
    action      text not null                -- opted_out, or none
);
create index inbound_message_msisdn on inbound_message (msisdn, id desc);

-- A delivery receipt can overtake the commit of its message's "sent": kept here until that commit matches it.
create table unmatched_receipt (
    channel            text not null,
    gateway_message_id text not null,
    delivered          boolean not null,
    error              text,
    at                 timestamptz not null,
    received_at        timestamptz not null,
    primary key (channel, gateway_message_id)
);
