-- 0007 The NSK outbox (P18.2): the result of every issued certificate on its way to the NSK digital platform.
--
-- One row per result, keyed by the certificate's serial number, which is also the idempotency key sent to the
-- registry: enqueuing twice inserts once (on conflict do nothing), and the registry records a key once. The silos'
-- dispatchers claim due rows with FOR UPDATE SKIP LOCKED and push next_attempt_at past a lease while they send, so two
-- silos never send one row at once. A failed attempt keeps the row with its error and a later next_attempt_at
-- (exponential backoff); delivered rows keep delivered_at. Rows are never deleted here: the backlog and the history are
-- what the operator reads (GET /api/v1/operator/nsk-outbox).

create table nsk_outbox (
    id              bigserial primary key,
    idempotency_key text not null unique,
    payload         jsonb not null,
    attempts        integer not null default 0,
    next_attempt_at timestamptz not null,
    last_error      text,
    delivered_at    timestamptz,
    created_at      timestamptz not null default now()
);

-- The dispatcher's question (what is due?) and the operator's (what is still pending, oldest first?).
create index nsk_outbox_due on nsk_outbox (next_attempt_at) where delivered_at is null;
create index nsk_outbox_pending on nsk_outbox (created_at) where delivered_at is null;
