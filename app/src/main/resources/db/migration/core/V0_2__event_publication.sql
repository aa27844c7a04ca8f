-- core: Spring Modulith's event publication registry (its schema version 2, PostgreSQL).
-- One row per event and listener, written in the publishing transaction; a row without a
-- completion date is a listener that has not finished, delivered again at the next start.
create table event_publication (
    id                     uuid primary key,
    listener_id            text not null,
    event_type             text not null,
    serialized_event       text not null,
    publication_date       timestamptz not null,
    completion_date        timestamptz,
    status                 text,
    completion_attempts    int,
    last_resubmission_date timestamptz
);
-- the registry finds a publication by its serialized event when a listener completes
create index event_publication_serialized_event_hash_idx on event_publication using hash (serialized_event);
create index event_publication_by_completion_date_idx on event_publication (completion_date);
