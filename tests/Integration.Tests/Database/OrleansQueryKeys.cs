namespace Platform.Integration.Tests.Database;

/// <summary>
/// The query keys the Orleans 10.4 AdoNet providers read from OrleansQuery, as their sources name them:
/// the properties of DbStoredQueries (each one required, or the provider refuses to start) plus the
/// optional and persistence keys looked up by string.
/// </summary>
internal static class OrleansQueryKeys
{
    /// <summary>Orleans.Clustering.AdoNet: DbStoredQueries under CLUSTERING_ADONET.</summary>
    public static readonly string[] Clustering =
    [
        "GatewaysQueryKey",
        "MembershipReadRowKey",
        "MembershipReadAllKey",
        "InsertMembershipVersionKey",
        "UpdateIAmAlivetimeKey",
        "InsertMembershipKey",
        "UpdateMembershipKey",
        "DeleteMembershipTableEntriesKey",
        "CleanupDefunctSiloEntriesKey",
        // Optional since 10.4 (DbStoredQueries.GetCleanupDefunctSiloEntryQuery): per-row Dead cleanup.
        "CleanupDefunctSiloEntryKey",
    ];

    /// <summary>Orleans.Persistence.AdoNet: AdoNetGrainStorage.DefaultInitializationQuery.</summary>
    public static readonly string[] Persistence =
    [
        "ReadFromStorageKey",
        "WriteToStorageKey",
        "ClearStorageKey",
        "DeleteStorageKey",
    ];

    /// <summary>Orleans.Reminders.AdoNet: DbStoredQueries under REMINDERS_ADONET.</summary>
    public static readonly string[] Reminders =
    [
        "ReadReminderRowsKey",
        "ReadRangeRows1Key",
        "ReadRangeRows2Key",
        "ReadReminderRowKey",
        "UpsertReminderRowKey",
        "DeleteReminderRowKey",
        "DeleteReminderRowsKey",
    ];

    public static IEnumerable<string> All => Clustering.Concat(Persistence).Concat(Reminders);
}
