-- The SMS gateway's rate, shared by every instance of the application: the next free slot of each
-- gateway account (protocol, account and address: smpp:retain@smsc.example:2775). A sender
-- reserves as many slots as the PDUs it is about to send, so the gateway never sees more than
-- retain.sms.<gateway>.max-per-second from all instances together.
create table sms_send_rate (
    gateway   text primary key,
    next_slot timestamptz not null
);

-- Parts of concatenated messages from customers, kept until the last part arrives (on whichever
-- instance's bind it arrives) and dropped after retain.sms.inbound-parts-timeout when it never does.
create table sms_inbound_part (
    source      text        not null,
    reference   integer     not null,
    total       integer     not null,
    sequence    integer     not null,
    coding      integer     not null,
    payload     bytea       not null,
    received_at timestamptz not null,
    primary key (source, reference, total, sequence)
);
create index sms_inbound_part_received on sms_inbound_part (received_at);
