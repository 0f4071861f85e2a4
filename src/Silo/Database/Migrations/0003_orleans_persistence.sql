-- 0003 Grain state for Microsoft.Orleans.Persistence.AdoNet.
--
-- One row per (service, grain type, grain id) holds the serialized state and an integer version that is
-- the grain's ETag. Every write names the version it last saw (@GrainStateVersion, NULL for "never
-- stored") and succeeds only if that is still the stored version; the answer is the new version, or NULL
-- when the write lost (another activation wrote first). Orleans turns a NULL (or an unchanged version)
-- into an InconsistentStateException, so every query below answers exactly one row, NULL on conflict.
--
-- Contract points that shape this file:
--   * Parameters: @GrainIdHash, @GrainTypeHash int4 (Orleans' own hashes, for the index only);
--     @GrainIdN0, @GrainIdN1 int8 (a Guid or integer key; 0 for string keys); @GrainIdExtensionString
--     text or NULL (the string key, or a key extension); @GrainTypeString, @ServiceId text;
--     @GrainStateVersion int4 or NULL; @PayloadBinary bytea.
--   * ReadFromStorageKey: at most one row (SingleOrDefault) with "PayloadBinary" (NULL = no record, e.g.
--     after a clear) and "Version" (read with Convert.ToInt32). No row at all = never written.
--   * WriteToStorageKey: "NewGrainStateVersion" by name. ClearStorageKey and DeleteStorageKey: column 0
--     by ordinal, its ToString() is the new ETag.
--   * ClearStorageKey keeps the row with a NULL payload and a new version; DeleteStorageKey (used when
--     DeleteStateOnClear is set) removes it and answers the deleted version + 1 so the check passes.
--
-- contract learned from (dotnet/orleans, 10.x):
--   src/AdoNet/Orleans.Persistence.AdoNet/Storage/Provider/AdoNetGrainStorage.cs (parameters, readers,
--       CheckVersionInconsistency, DefaultInitializationQuery, DeleteStateOnClear)
--   src/AdoNet/Orleans.Persistence.AdoNet/Storage/Provider/AdoGrainKey.cs (N0/N1/StringKey of each key kind)
--   src/AdoNet/Orleans.Persistence.AdoNet/Storage/Provider/RelationalStorageProviderQueries.cs
--   src/AdoNet/Shared/Storage/DbExtensions.cs (DbType per CLR type, GetNullableInt32)
--   src/AdoNet/Orleans.Persistence.AdoNet/PostgreSQL-Persistence.sql (how the PostgreSQL flavour answers)

create table orleans_storage (
    service_id         text not null,
    grain_type_hash    integer not null,
    grain_type         text not null,
    grain_id_hash      integer not null,
    grain_id_n0        bigint not null,
    grain_id_n1        bigint not null,
    grain_id_extension text,
    payload            bytea,
    version            integer not null,
    modified_at        timestamptz not null default now()
);

-- One row per grain state, so two activations racing to insert cannot both win. The hashes lead the
-- index because they are the selective part of every lookup; the extension is NULL for most keys.
create unique index orleans_storage_grain on orleans_storage
    (grain_id_hash, grain_type_hash, service_id, grain_id_n0, grain_id_n1, grain_type, coalesce(grain_id_extension, ''));

insert into orleansquery (querykey, querytext) values
('ReadFromStorageKey', $q$
    select payload as "PayloadBinary",
           version as "Version"
      from orleans_storage
     where grain_id_hash = @GrainIdHash and grain_type_hash = @GrainTypeHash
       and service_id = @ServiceId and grain_type = @GrainTypeString
       and grain_id_n0 = @GrainIdN0 and grain_id_n1 = @GrainIdN1
       and grain_id_extension is not distinct from @GrainIdExtensionString
$q$),

-- First write (no version) inserts version 1 unless a row exists; later writes bump the version they name.
-- Only one branch can touch a row, so the scalar subquery sees at most one version.
('WriteToStorageKey', $q$
    with inserted as (
        insert into orleans_storage
            (service_id, grain_type_hash, grain_type, grain_id_hash, grain_id_n0, grain_id_n1,
             grain_id_extension, payload, version)
        select @ServiceId, @GrainTypeHash, @GrainTypeString, @GrainIdHash, @GrainIdN0, @GrainIdN1,
               @GrainIdExtensionString, @PayloadBinary, 1
         where @GrainStateVersion is null
        on conflict do nothing
        returning version),
    updated as (
        update orleans_storage
           set payload = @PayloadBinary, version = version + 1, modified_at = now()
         where @GrainStateVersion is not null
           and grain_id_hash = @GrainIdHash and grain_type_hash = @GrainTypeHash
           and service_id = @ServiceId and grain_type = @GrainTypeString
           and grain_id_n0 = @GrainIdN0 and grain_id_n1 = @GrainIdN1
           and grain_id_extension is not distinct from @GrainIdExtensionString
           and version = @GrainStateVersion
        returning version)
    select (select version from inserted union all select version from updated) as "NewGrainStateVersion"
$q$),

('ClearStorageKey', $q$
    with cleared as (
        update orleans_storage
           set payload = null, version = version + 1, modified_at = now()
         where grain_id_hash = @GrainIdHash and grain_type_hash = @GrainTypeHash
           and service_id = @ServiceId and grain_type = @GrainTypeString
           and grain_id_n0 = @GrainIdN0 and grain_id_n1 = @GrainIdN1
           and grain_id_extension is not distinct from @GrainIdExtensionString
           and version = @GrainStateVersion
        returning version)
    select (select version from cleared) as "NewGrainStateVersion"
$q$),

('DeleteStorageKey', $q$
    with deleted as (
        delete from orleans_storage
         where grain_id_hash = @GrainIdHash and grain_type_hash = @GrainTypeHash
           and service_id = @ServiceId and grain_type = @GrainTypeString
           and grain_id_n0 = @GrainIdN0 and grain_id_n1 = @GrainIdN1
           and grain_id_extension is not distinct from @GrainIdExtensionString
           and version = @GrainStateVersion
        returning version)
    select (select version + 1 from deleted) as "NewGrainStateVersion"
$q$);
