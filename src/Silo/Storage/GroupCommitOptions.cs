namespace Platform.Silo.Storage;

/// <summary>How the silo gathers grain-state reads and writes into shared round trips (configuration section <c>Storage:GroupCommit</c>).</summary>
public sealed class GroupCommitOptions
{
    /// <summary>False leaves the AdoNet store alone in place (table <c>orleans_storage</c>), as before migration 0018.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The most reads and writes one round trip carries.</summary>
    public int MaxBatch { get; set; } = 256;

    /// <summary>How long a writer waits for more operations when its batch is not full (group commit).</summary>
    public TimeSpan Linger { get; set; } = TimeSpan.FromMilliseconds(2);

    /// <summary>Batches in flight at once, each on its own connection.</summary>
    public int Writers { get; set; } = 2;
}
