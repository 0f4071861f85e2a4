-- 0021 The cases' durable deadline wake-ups (issue 16, the mass end). One row per running statutory deadline of a case
-- (SPEC §2): the instant its next consequence may fall with nobody acting (a center's obligation at risk, a deadline
-- passed). The case writes its rows after each change that moves them, many cases' writes in one transaction
-- (Platform.Silo.Procedure.CaseWakeups), and one cluster-wide sweep wakes the cases whose rows are due. This replaces
-- the Orleans reminder each running deadline had (grain "application/<case id>", reminder "deadline-<Kind>"), one
-- single-row commit each, which a mass end paid once a submission. No personal data: case ids are opaque.

create table case_wakeups (
    case_id text not null,
    kind    text not null,
    wake_at timestamptz not null,
    primary key (case_id, kind)
);

create index case_wakeups_due on case_wakeups (wake_at, case_id, kind);

-- A database upgraded in place loses no deadline: every case's deadline reminder moves here with the instant Orleans
-- would have delivered it from (its start; a reminder whose tick failed is already due, and the sweep wakes it at once).
-- The kind is the reminder name's tail; a kind the code no longer knows is removed by its case when woken.
insert into case_wakeups (case_id, kind, wake_at)
select substr(grain_id, length('application/') + 1), substr(reminder_name, length('deadline-') + 1), min(start_time)
  from orleans_reminder
 where starts_with(grain_id, 'application/') and starts_with(reminder_name, 'deadline-')
   and length(grain_id) > length('application/') and length(reminder_name) > length('deadline-')
 group by 1, 2
on conflict (case_id, kind) do update set wake_at = least(case_wakeups.wake_at, excluded.wake_at);

delete from orleans_reminder where starts_with(grain_id, 'application/') and starts_with(reminder_name, 'deadline-');
