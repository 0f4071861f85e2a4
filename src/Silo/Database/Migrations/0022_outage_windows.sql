-- 0022 The outage windows a stopping frontend leaves behind (issue 17, P11's spirit). A frontend that stops closes its
-- candidates' exam connections: from that instant each candidate bound to a theory cannot work, and the outage is the
-- platform's. The stopping frontend writes one row per such sitting (and per window it had open from refused calls);
-- every frontend takes the rows over (delete ... returning) at its next probe and has each sitting credit the time up
-- to the moment the platform answers it again. No personal data: sitting ids are opaque.

create table outage_windows (
    sitting_id text primary key,
    opened_at  timestamptz not null
);
