namespace Platform.Silo.Database;

/// <summary>
/// An applied migration's script no longer matches what was applied: someone edited a file that already
/// ran. The silo refuses to start, because the database and the code no longer describe the same schema.
/// </summary>
public sealed class AppliedMigrationChangedException(Migration migration, string appliedChecksum)
    : InvalidOperationException(
        $"Migration {migration.Name} was edited after it was applied (checksum {appliedChecksum[..Math.Min(12, appliedChecksum.Length)]}… " +
        $"in schema_migrations, {migration.Checksum[..12]}… in the silo). Applied migrations are immutable: " +
        "revert the edit and put the change in a new numbered migration.")
{
    /// <summary>The migration whose script changed.</summary>
    public Migration Migration { get; } = migration;
}
