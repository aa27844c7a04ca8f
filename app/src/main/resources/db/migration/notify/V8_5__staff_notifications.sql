-- notify: in-app notifications for staff (SPEC R13.2), one row per outbox message sent on the
-- in-app channel to one login. message_id is unique: a send repeated after a crash stores nothing twice.
create table staff_notification (
    id         bigserial primary key,
    message_id bigint not null unique,
    username   text not null,
    subject    text,
    body       text not null,
    created_at timestamptz not null,
    read_at    timestamptz
);
-- the bell counts a user's unread ones on every poll; the page lists a user's newest first
create index staff_notification_unread on staff_notification (username) where read_at is null;
create index staff_notification_newest on staff_notification (username, id desc);
