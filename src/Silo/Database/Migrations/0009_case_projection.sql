-- 0009 The projection of recognition cases: what lists, searches and reports read (SPEC §6: never scans of grain state).
-- Written by each case grain after every change, guarded by the grain's version so a late or repeated write never
-- takes a case back. No personal data: the candidate is their key, the deadlines carry no names.

create table case_projection (
    case_id        text primary key,
    center_number  char(4) not null,
    candidate_key  text not null,
    program_code   text not null,
    state          text not null,
    attempt        integer not null,
    version        integer not null,
    deadlines      jsonb not null,
    certificate_serial text,
    updated_at     timestamptz not null
);

create index case_projection_center on case_projection (center_number, updated_at desc);
create index case_projection_candidate on case_projection (candidate_key);
-- The operator's board reads the cases with a center obligation at risk or breached.
create index case_projection_flagged on case_projection (center_number)
    where deadlines @> '[{"status": "atRisk"}]' or deadlines @> '[{"status": "breached"}]';
