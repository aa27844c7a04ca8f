-- security: an optional second factor (TOTP, RFC 6238) per login. pending = shown to the user and not
-- yet confirmed with a code; secret = confirmed and required at login. last_step = the newest time step
-- a code was accepted for, so one code cannot be used twice.
alter table app_user
    add column totp_secret         text,
    add column totp_pending_secret text,
    add column totp_last_step      bigint;
