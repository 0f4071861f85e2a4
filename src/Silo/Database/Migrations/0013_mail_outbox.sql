-- 0013 The mail outbox (issue 13): every notice of the personal file on its way to the candidate's e-mail (App.1).
--
-- One row per document, keyed by the document's id: enqueuing twice inserts once (on conflict do nothing), so a replay
-- of the filing never mails twice. The row holds what the mail is made of — the address, the language and the document
-- itself (Orleans' binary form), from which the dispatcher renders the PDF — so a send needs no grain. The silos'
-- dispatchers claim due rows with FOR UPDATE SKIP LOCKED and push next_attempt_at past a lease while they send, so two
-- silos never send one row at once. State: pending (not yet accepted by the mail server; last_error says why, and
-- next_attempt_at backs off exponentially), sent (sent_at), failed (refused for good, or out of attempts; last_error).
-- No IIN here: the candidate is their key.

create table mail_outbox (
    id              bigserial primary key,
    document_id     uuid not null unique,
    candidate_key   text not null,
    case_id         text not null,
    kind            text not null,
    language        text not null check (language in ('kk', 'ru')),
    recipient       text not null,
    document        bytea not null,
    state           text not null default 'pending' check (state in ('pending', 'sent', 'failed')),
    attempts        integer not null default 0,
    next_attempt_at timestamptz not null,
    last_error      text,
    sent_at         timestamptz,
    created_at      timestamptz not null
);

-- The dispatcher's question: what is due?
create index mail_outbox_due on mail_outbox (next_attempt_at) where state = 'pending';
