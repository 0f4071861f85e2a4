-- 0019 The sittings' durable wake-ups (issue 16, "the mass start: one command a slot, one sweep a center"). One row
-- an open sitting: the earliest instant it may have to act although nobody calls it (its theory's time limit, P9, or
-- the end of its exam day, P6). The sitting writes the row when that instant changes and removes it when it closes;
-- one cluster-wide sweep (one reminder) reads the rows that are due and wakes those sittings. This replaces the two
-- Orleans reminders each sitting registered (the theory's time limit and the day end). No personal data.

create table sitting_wakeups (
    sitting_id text primary key,
    wake_at    timestamptz not null
);

create index sitting_wakeups_due on sitting_wakeups (wake_at, sitting_id);
