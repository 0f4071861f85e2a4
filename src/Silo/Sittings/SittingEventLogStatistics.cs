namespace Platform.Silo.Sittings;

/// <summary>What the event log has written since the silo started: batches (one COPY each), records, appends (one per sitting call).</summary>
public sealed record SittingEventLogStatistics(long Batches, long Records, long Appends, int LargestBatch, long Fallbacks)
{
    /// <summary>Records per committed batch, on average.</summary>
    public double RecordsPerBatch => Batches == 0 ? 0 : (double)Records / Batches;
}
