-- 0002 Cluster membership for Microsoft.Orleans.Clustering.AdoNet (silos and the gateway list of clients).
--
-- The membership protocol is an optimistic lock on one "table version" per cluster (DeploymentId = the
-- Orleans ClusterId): a silo reads the version with the rows, and an insert or update of a silo row only
-- succeeds, and bumps the version by one, if the version is still the one it read. Heartbeats
-- (UpdateIAmAlivetimeKey) touch only IAmAliveTime and never the version, so they do not invalidate the
-- tokens other silos hold.
--
-- Contract points that shape this file:
--   * Parameters arrive typed: text (@DeploymentId, @Address as AnsiString, @SiloName, @HostName,
--     @SuspectTimes), int4 (@Port, @Generation, @Status, @ProxyPort, @Version) and timestamptz
--     (@StartTime, @IAmAliveTime: DbType.DateTime of a UTC DateTime, which Npgsql sends as timestamptz).
--   * Result columns are read by name (GetOrdinal is case-insensitive, so the aliases below only need the
--     right letters; they are quoted in Orleans' spelling for the reader). Port, Generation, Status and
--     ProxyPort are read with GetInt32, so they are int4; Version is read with Convert.ToInt32.
--   * The two membership reads must return the version row even when no silo row matches (LEFT JOIN from
--     the version): Orleans takes the version from the first row and treats a NULL StartTime as "no silo".
--   * Insert/update/insert-version return one row with one column, read with Convert.ToBoolean.
--   * CleanupDefunctSiloEntryKey is optional (10.4 uses it when present): delete one Dead row, but only if
--     it is still exactly the row the caller read (timestamps and suspicions unchanged).
--   * SiloStatus values used here: 3 = Active, 6 = Dead.
--
-- contract learned from (dotnet/orleans, 10.x):
--   src/AdoNet/Shared/Storage/DbStoredQueries.cs           (query keys, Columns parameter names and types, Converters)
--   src/AdoNet/Shared/Storage/RelationalOrleansQueries.cs  (which parameters each query gets, how results are read)
--   src/AdoNet/Shared/Storage/DbExtensions.cs              (DbType of each parameter, GetInt32/GetDateTimeValue)
--   src/AdoNet/Orleans.Clustering.AdoNet/Messaging/AdoNetClusteringTable.cs (call order, etag = table version)
--   src/AdoNet/Orleans.Clustering.AdoNet/PostgreSQL-Clustering.sql and Migrations/*-Clustering-AtomicWrites.sql
--   src/AdoNet/Orleans.Clustering.AdoNet/README.md         (optional CleanupDefunctSiloEntryKey, heartbeat semantics)
--   and the Orleans.Clustering.AdoNet 10.4.2 assembly (RelationalOrleansQueries.CleanupDefunctSiloEntriesAsync).

create table orleans_membership_version (
    deployment_id text primary key,
    version       integer not null default 0,
    changed_at    timestamptz not null default now()
);

create table orleans_membership (
    deployment_id   text not null references orleans_membership_version (deployment_id) on delete cascade,
    address         text not null,
    port            integer not null,
    generation      integer not null,
    silo_name       text not null,
    host_name       text not null,
    status          integer not null,
    proxy_port      integer not null default 0,
    suspect_times   text,
    start_time      timestamptz not null,
    i_am_alive_time timestamptz not null,
    primary key (deployment_id, address, port, generation)
);

-- Inserts a silo row and bumps the table version, both or neither. The version row is locked first, so
-- a concurrent writer with the same token waits and then finds the version moved on.
create function orleans_membership_insert(
    p_deployment_id text, p_address text, p_port integer, p_generation integer,
    p_silo_name text, p_host_name text, p_status integer, p_proxy_port integer,
    p_start_time timestamptz, p_i_am_alive_time timestamptz, p_version integer)
returns boolean
language plpgsql as $fn$
begin
    perform 1 from orleans_membership_version
     where deployment_id = p_deployment_id and version = p_version
       for update;
    if not found then
        return false;
    end if;

    insert into orleans_membership
        (deployment_id, address, port, generation, silo_name, host_name, status, proxy_port, start_time, i_am_alive_time)
    values
        (p_deployment_id, p_address, p_port, p_generation, p_silo_name, p_host_name, p_status, p_proxy_port, p_start_time, p_i_am_alive_time)
    on conflict (deployment_id, address, port, generation) do nothing;
    if not found then
        return false;
    end if;

    update orleans_membership_version
       set version = version + 1, changed_at = now()
     where deployment_id = p_deployment_id;
    return true;
end
$fn$;

-- Updates a silo row and bumps the table version, both or neither: a missing row leaves the version alone.
create function orleans_membership_update(
    p_deployment_id text, p_address text, p_port integer, p_generation integer,
    p_status integer, p_suspect_times text, p_i_am_alive_time timestamptz, p_version integer)
returns boolean
language plpgsql as $fn$
begin
    perform 1 from orleans_membership_version
     where deployment_id = p_deployment_id and version = p_version
       for update;
    if not found then
        return false;
    end if;

    update orleans_membership
       set status = p_status, suspect_times = p_suspect_times, i_am_alive_time = p_i_am_alive_time
     where deployment_id = p_deployment_id and address = p_address
       and port = p_port and generation = p_generation;
    if not found then
        return false;
    end if;

    update orleans_membership_version
       set version = version + 1, changed_at = now()
     where deployment_id = p_deployment_id;
    return true;
end
$fn$;

insert into orleansquery (querykey, querytext) values
('InsertMembershipVersionKey', $q$
    with created as (
        insert into orleans_membership_version (deployment_id) values (@DeploymentId)
        on conflict (deployment_id) do nothing
        returning 1)
    select exists (select 1 from created) as "Inserted"
$q$),

('InsertMembershipKey', $q$
    select orleans_membership_insert(
        @DeploymentId, @Address, @Port, @Generation, @SiloName, @HostName,
        @Status, @ProxyPort, @StartTime, @IAmAliveTime, @Version) as "Inserted"
$q$),

('UpdateMembershipKey', $q$
    select orleans_membership_update(
        @DeploymentId, @Address, @Port, @Generation,
        @Status, @SuspectTimes, @IAmAliveTime, @Version) as "Updated"
$q$),

('UpdateIAmAlivetimeKey', $q$
    update orleans_membership
       set i_am_alive_time = @IAmAliveTime
     where deployment_id = @DeploymentId and address = @Address
       and port = @Port and generation = @Generation
$q$),

('MembershipReadRowKey', $q$
    select v.deployment_id   as "DeploymentId",
           m.address         as "Address",
           m.port            as "Port",
           m.generation      as "Generation",
           m.silo_name       as "SiloName",
           m.host_name       as "HostName",
           m.status          as "Status",
           m.proxy_port      as "ProxyPort",
           m.suspect_times   as "SuspectTimes",
           m.start_time      as "StartTime",
           m.i_am_alive_time as "IAmAliveTime",
           v.version         as "Version"
      from orleans_membership_version v
      left join orleans_membership m
        on m.deployment_id = v.deployment_id
       and m.address = @Address and m.port = @Port and m.generation = @Generation
     where v.deployment_id = @DeploymentId
$q$),

('MembershipReadAllKey', $q$
    select v.deployment_id   as "DeploymentId",
           m.address         as "Address",
           m.port            as "Port",
           m.generation      as "Generation",
           m.silo_name       as "SiloName",
           m.host_name       as "HostName",
           m.status          as "Status",
           m.proxy_port      as "ProxyPort",
           m.suspect_times   as "SuspectTimes",
           m.start_time      as "StartTime",
           m.i_am_alive_time as "IAmAliveTime",
           v.version         as "Version"
      from orleans_membership_version v
      left join orleans_membership m on m.deployment_id = v.deployment_id
     where v.deployment_id = @DeploymentId
$q$),

('GatewaysQueryKey', $q$
    select address    as "Address",
           proxy_port as "ProxyPort",
           generation as "Generation"
      from orleans_membership
     where deployment_id = @DeploymentId and status = @Status and proxy_port > 0
$q$),

-- The version row goes too; its silo rows follow through the cascading foreign key.
('DeleteMembershipTableEntriesKey', $q$
    delete from orleans_membership_version where deployment_id = @DeploymentId
$q$),

-- Fallback bulk cleanup: Dead silos whose start and last heartbeat are both older than the cut-off and
-- that carry no suspicions (a suspicion may be more recent than the cut-off; the per-row key handles those).
('CleanupDefunctSiloEntriesKey', $q$
    delete from orleans_membership
     where deployment_id = @DeploymentId and status = 6
       and i_am_alive_time < @IAmAliveTime and start_time < @IAmAliveTime
       and coalesce(suspect_times, '') = ''
$q$),

-- Per-row cleanup: the caller has checked the row it read is defunct; delete it only if unchanged since.
-- An empty and a missing suspicion list are the same thing to Orleans.
('CleanupDefunctSiloEntryKey', $q$
    delete from orleans_membership
     where deployment_id = @DeploymentId and address = @Address
       and port = @Port and generation = @Generation and status = 6
       and start_time = @StartTime and i_am_alive_time = @IAmAliveTime
       and coalesce(suspect_times, '') = coalesce(@SuspectTimes, '')
$q$);
