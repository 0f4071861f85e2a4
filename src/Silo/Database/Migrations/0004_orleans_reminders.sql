-- 0004 Durable reminders for Microsoft.Orleans.Reminders.AdoNet.
--
-- One row per (service, grain, reminder name). Each silo owns a range of the consistent-hash ring and
-- loads the reminders whose grain hash falls in it; the version is the reminder's ETag, bumped by every
-- upsert and required to delete.
--
-- Contract points that shape this file:
--   * Parameters: @ServiceId, @GrainId (GrainId.ToString(), AnsiString), @ReminderName text;
--     @StartTime timestamptz (a UTC DateTime; Orleans makes an unspecified one UTC first);
--     @Period in milliseconds, int4 when it fits and int8 otherwise, so the column is bigint;
--     @GrainHash, @BeginHash, @EndHash are uint hashes cast to int4, so they can be negative;
--     @Version int4 (the ETag parsed back).
--   * Reads return "GrainId", "ReminderName", "StartTime" (read as UTC), "Period" (read with GetInt64),
--     "Version" (Convert.ToInt32) by name; ReadReminderRowKey answers no row when there is no reminder.
--   * Ring ranges are (begin, end]. Orleans picks ReadRangeRows1Key when (int)begin < (int)end, a range
--     that does not wrap in signed order, and ReadRangeRows2Key otherwise (it wraps, or begin = end,
--     which is the whole ring).
--   * UpsertReminderRowKey answers one row with "Version"; DeleteReminderRowKey one row, one column,
--     read with Convert.ToBoolean (false when the ETag no longer matches).
--
-- contract learned from (dotnet/orleans, 10.x):
--   src/AdoNet/Orleans.Reminders.AdoNet/ReminderService/AdoNetReminderTable.cs
--   src/AdoNet/Shared/Storage/RelationalOrleansQueries.cs (ReadReminderRowsAsync range choice, GetReminderEntry)
--   src/AdoNet/Shared/Storage/DbStoredQueries.cs (Columns.Period, GrainHash/BeginHash/EndHash as int, Version)
--   src/AdoNet/Shared/Storage/DbExtensions.cs (GetInt64 accepts int or bigint columns)
--   src/AdoNet/Orleans.Reminders.AdoNet/PostgreSQL-Reminders.sql
--   and the Orleans.Reminders.AdoNet 10.4.2 assembly (IsReminderRangeNonWrappingInSignedOrder).

create table orleans_reminder (
    service_id    text not null,
    grain_id      text not null,
    reminder_name text not null,
    start_time    timestamptz not null,
    period_ms     bigint not null,
    grain_hash    integer not null,
    version       integer not null,
    primary key (service_id, grain_id, reminder_name)
);

-- The ring-range reads of every silo.
create index orleans_reminder_ring on orleans_reminder (service_id, grain_hash);

insert into orleansquery (querykey, querytext) values
('UpsertReminderRowKey', $q$
    insert into orleans_reminder as r
        (service_id, grain_id, reminder_name, start_time, period_ms, grain_hash, version)
    values (@ServiceId, @GrainId, @ReminderName, @StartTime, @Period, @GrainHash, 1)
    on conflict (service_id, grain_id, reminder_name) do update
       set start_time = excluded.start_time,
           period_ms  = excluded.period_ms,
           grain_hash = excluded.grain_hash,
           version    = r.version + 1
    returning r.version as "Version"
$q$),

('ReadReminderRowKey', $q$
    select grain_id as "GrainId", reminder_name as "ReminderName", start_time as "StartTime",
           period_ms as "Period", version as "Version"
      from orleans_reminder
     where service_id = @ServiceId and grain_id = @GrainId and reminder_name = @ReminderName
$q$),

('ReadReminderRowsKey', $q$
    select grain_id as "GrainId", reminder_name as "ReminderName", start_time as "StartTime",
           period_ms as "Period", version as "Version"
      from orleans_reminder
     where service_id = @ServiceId and grain_id = @GrainId
$q$),

('ReadRangeRows1Key', $q$
    select grain_id as "GrainId", reminder_name as "ReminderName", start_time as "StartTime",
           period_ms as "Period", version as "Version"
      from orleans_reminder
     where service_id = @ServiceId and grain_hash > @BeginHash and grain_hash <= @EndHash
$q$),

('ReadRangeRows2Key', $q$
    select grain_id as "GrainId", reminder_name as "ReminderName", start_time as "StartTime",
           period_ms as "Period", version as "Version"
      from orleans_reminder
     where service_id = @ServiceId and (grain_hash > @BeginHash or grain_hash <= @EndHash)
$q$),

('DeleteReminderRowKey', $q$
    with deleted as (
        delete from orleans_reminder
         where service_id = @ServiceId and grain_id = @GrainId
           and reminder_name = @ReminderName and version = @Version
        returning 1)
    select exists (select 1 from deleted) as "Deleted"
$q$),

('DeleteReminderRowsKey', $q$
    delete from orleans_reminder where service_id = @ServiceId
$q$);
