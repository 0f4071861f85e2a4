-- 0001 The catalogue of SQL statements the Orleans AdoNet providers run.
--
-- Orleans never writes its own SQL: at start-up each provider reads every statement it needs from this
-- table with the fixed text `SELECT QueryKey, QueryText FROM OrleansQuery` (persistence adds a WHERE on
-- its four keys) and afterwards runs only those texts, passing parameters by name (@DeploymentId, ...)
-- and reading result columns by name. The identifiers in that fixed text are unquoted, so PostgreSQL
-- folds them to lower case: the table must be called orleansquery with columns querykey and querytext.
-- Migrations 0002-0004 fill it, one provider each; a later migration may UPDATE a text to change a query.
--
-- contract learned from (dotnet/orleans, 10.x):
--   src/AdoNet/Shared/Storage/DbStoredQueries.cs           (GetQueriesKey, Converters.GetQueryKeyAndValue)
--   src/AdoNet/Shared/Storage/RelationalOrleansQueries.cs  (CreateInstance reads the whole table)
--   src/AdoNet/Orleans.Persistence.AdoNet/Storage/Provider/AdoNetGrainStorage.cs (DefaultInitializationQuery)
--   src/AdoNet/Shared/PostgreSQL-Main.sql                  (implementation notes on the contract)

create table orleansquery (
    querykey  text primary key,
    querytext text not null
);

comment on table orleansquery is
    'SQL run by the Orleans AdoNet providers, by key; read by Orleans with SELECT QueryKey, QueryText FROM OrleansQuery.';
