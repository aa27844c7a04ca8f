-- security: failed logins counted in the database, so every instance sees the same counts and locks.
-- One row per key: 'address:<ip>' (every login from one address) or 'user:<name>@<ip>' (one user from
-- one address). Times come from the application's Clock, not from now().
create table login_throttle (
    key               text primary key,
    failures          integer not null,
    window_started_at timestamptz not null,
    locked_until      timestamptz
);
create index login_throttle_window on login_throttle (window_started_at);
