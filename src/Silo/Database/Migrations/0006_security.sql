-- 0006 Security (issue 6): the roles of the audit log's actor, its query indexes, and the ledger of used
-- proctoring tokens.
--
-- audit_log.actor is the token's subject; actor_roles are the roles it acted with (comma-separated), so the
-- operator can tell a registrar's change from a head's. The log is queried by actor and by action, newest first.
-- proctoring_token_use remembers the id of every proctoring token that opened a stream until the token expires:
-- a token opens one stream only, on whichever frontend it is presented (cluster-wide replay protection).

alter table audit_log add column actor_roles text;

create index audit_log_actor on audit_log (actor, at);
create index audit_log_action on audit_log (action, at);

create table proctoring_token_use (
    token_id   uuid primary key,
    sitting_id text not null,
    used_at    timestamptz not null default now(),
    expires_at timestamptz not null
);

create index proctoring_token_use_expiry on proctoring_token_use (expires_at);
