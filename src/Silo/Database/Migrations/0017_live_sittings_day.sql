-- 0017 The live dashboards hold only what is live (issue 16, "Day after day"). Each tracked sitting gets its exam day
-- (Almaty date, P6) and, once it ends, when and how it ended: a center's live grain reads on activation only the
-- sittings of today that are still open (a partial index, so the rows of earlier days and the closed ones are never
-- read, however many an earlier run left open), and counts the day's closed ones by their end.
-- Numbered 0017: 0016 may be taken by another change made at the same time.

alter table live_sittings add column exam_day date;
alter table live_sittings add column closed_at timestamptz;
alter table live_sittings add column closed_state text;

update live_sittings set exam_day = (tracked_at at time zone 'Asia/Almaty')::date where exam_day is null;
alter table live_sittings alter column exam_day set not null;

create index live_sittings_open_on_day on live_sittings (center_number, exam_day) where closed_at is null;
create index live_sittings_closed_on_day on live_sittings (center_number, exam_day, closed_state) where closed_at is not null;
drop index live_sittings_recent;
