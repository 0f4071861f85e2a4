-- 0018 Grain state with group commit (issue 16), written by Platform.Silo.Storage.GroupCommitGrainStorage.
--
-- One row per (service, state name, grain id). grain_id is Orleans' GrainId in text, "type/key": the platform's grain
-- keys carry no personal data (no IIN, no name), and must not. version is the grain's ETag: a write names the version
-- it last saw (none: 0) and stores that plus one, inserting when there is no row (a state first written, or one read
-- from orleans_storage by the AdoNet store, migration 0003, which this table supersedes row by row) and updating only
-- a row still at the version named. A cleared state keeps its row with a NULL payload.

create table grain_state (
    grain_id    text not null,
    state_name  text not null,
    service_id  text not null,
    payload     bytea,
    version     integer not null,
    modified_at timestamptz not null default now(),
    primary key (grain_id, state_name, service_id)
);
