-- 0008 The event logs of sittings (SPEC §5): every event that matters, durable before it is acknowledged,
-- written in batches by the silo (one COPY carries the records of many sittings).
--
-- Tamper-evident: each record carries hash = SHA-256(prev_hash || canonical record), chained per sitting from
-- 32 zero bytes; (sitting_id, seq) is the key, so two writers of one sitting cannot both extend its chain.
-- Append-only like audit_log: rows can be added and read, never changed or removed, whoever connects.

create table sitting_events (
    sitting_id  text        not null,
    seq         bigint      not null check (seq > 0),
    at          timestamptz not null,
    kind        text        not null,
    payload     text        not null,
    prev_hash   bytea       not null check (length(prev_hash) = 32),
    hash        bytea       not null check (length(hash) = 32),
    recorded_at timestamptz not null default now(),
    primary key (sitting_id, seq)
);

create function sitting_events_refuse_change() returns trigger
language plpgsql as $fn$
begin
    raise exception 'sitting_events is append-only: % refused', tg_op
        using errcode = 'restrict_violation',
              hint = 'A sitting''s event log is evidence for the appeal commission; append a new record instead.';
end
$fn$;

create trigger sitting_events_append_only
    before update or delete on sitting_events
    for each row execute function sitting_events_refuse_change();

create trigger sitting_events_no_truncate
    before truncate on sitting_events
    for each statement execute function sitting_events_refuse_change();
