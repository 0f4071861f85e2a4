namespace Platform.Silo.Projections;

/// <summary>How the silo writes the case projection (configuration section <c>Projections:Cases</c>).</summary>
public sealed class CaseProjectionOptions
{
    /// <summary>Whether the writes of many cases share one statement (group commit); false writes each alone.</summary>
    public bool GroupCommit { get; set; } = true;

    /// <summary>The most cases one statement carries.</summary>
    public int MaxBatch { get; set; } = 256;

    /// <summary>How long a writer waits for more cases when its batch is not full.</summary>
    public TimeSpan Linger { get; set; } = TimeSpan.FromMilliseconds(2);

    /// <summary>Statements in flight at once, each on its own connection.</summary>
    public int Writers { get; set; } = 2;
}
