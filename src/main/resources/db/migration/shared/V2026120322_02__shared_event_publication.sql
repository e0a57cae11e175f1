-- Spring Modulith's event publication registry (JDBC, schema v2 of Spring Modulith 2.0,
-- org/springframework/modulith/events/jdbc/schemas/v2/schema-postgresql.sql): one row per event and after-commit
-- listener, written in the publisher's transaction and completed when the listener has run, so that a reaction lost
-- to a crash between commit and listener is published again on the next start.
create table event_publication (
    id                     uuid                     not null,
    listener_id            text                     not null,
    event_type             text                     not null,
    serialized_event       text                     not null,
    publication_date       timestamp with time zone not null,
    completion_date        timestamp with time zone,
    status                 text,
    completion_attempts    int,
    last_resubmission_date timestamp with time zone,
    primary key (id)
);
create index event_publication_serialized_event_hash_idx on event_publication using hash (serialized_event);
create index event_publication_by_completion_date_idx on event_publication (completion_date);
