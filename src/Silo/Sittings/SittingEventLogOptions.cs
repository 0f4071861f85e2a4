namespace Platform.Silo.Sittings;

/// <summary>How the silo batches sittings' event-log records into PostgreSQL (configuration section <c>Sittings:EventLog</c>).</summary>
public sealed class SittingEventLogOptions
{
    /// <summary>The most records one COPY carries.</summary>
    public int MaxBatchRecords { get; set; } = 500;

    /// <summary>How long a writer waits for more records when its batch is not full (group commit).</summary>
    public TimeSpan Linger { get; set; } = TimeSpan.FromMilliseconds(2);

    /// <summary>Writers flushing in parallel, each on its own connection.</summary>
    public int Writers { get; set; } = 2;
}
