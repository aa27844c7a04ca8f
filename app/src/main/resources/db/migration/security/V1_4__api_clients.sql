-- security: other systems (BOSS, customer service, tills, usage feeds) that call /api/v1 with an API key.
create table api_client (
    id         bigserial primary key,
    name       text not null unique,
    scopes     text[] not null,
    created_by text not null,
    created_at timestamptz not null,
    revoked_at timestamptz,
    revoked_by text
);

-- A client's keys: the newest one, and during a rotation's grace period the one before it. Only a
-- SHA-256 of the secret is kept (the secret is 256 random bits, so a slow hash adds nothing).
create table api_key (
    key_id      text primary key,            -- the public half of the key, to find the row
    client_id   bigint not null references api_client (id),
    secret_hash bytea not null,
    created_at  timestamptz not null,
    expires_at  timestamptz                  -- set when a newer key replaced it: the end of its grace period
);
create index api_key_client on api_key (client_id);
