-- 0011 The sittings each center's live dashboard tracks (SPEC §5). One row a sitting, written once when the sitting
-- opens: the center live grain reads the recent ones when it activates, instead of keeping an ever-growing list in
-- its own grain state (written whole at every opening, that list made opening a day's sittings quadratic).
-- No personal data: the candidate is their key.

create table live_sittings (
    center_number char(4) not null,
    sitting_id    text not null,
    case_id       text not null,
    candidate_key text not null,
    tracked_at    timestamptz not null default now(),
    primary key (center_number, sitting_id)
);

create index live_sittings_recent on live_sittings (center_number, tracked_at);
