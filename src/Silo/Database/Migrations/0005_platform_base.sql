-- 0005 The platform's own first table: the audit log.
-- (Working calendars loaded by an administrator are the state of the WorkingCalendar grain, kept in orleans_storage.)
--
-- audit_log records who did what, from where; it is evidence, so it is append-only: rows can be added
-- and read, never changed or removed, whoever connects (a trigger, not a grant, so it also binds owners).

create table audit_log (
    id      bigserial primary key,
    at      timestamptz not null default now(),
    actor   text not null,
    action  text not null,
    subject text,
    origin  text,
    details jsonb
);

create index audit_log_subject on audit_log (subject, at);

create function audit_log_refuse_change() returns trigger
language plpgsql as $fn$
begin
    raise exception 'audit_log is append-only: % refused', tg_op
        using errcode = 'restrict_violation',
              hint = 'Record a new audit entry instead of changing or removing one.';
end
$fn$;

create trigger audit_log_append_only
    before update or delete on audit_log
    for each row execute function audit_log_refuse_change();

create trigger audit_log_no_truncate
    before truncate on audit_log
    for each statement execute function audit_log_refuse_change();
