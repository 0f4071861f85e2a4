namespace Platform.LoadTest;

/// <summary>The outcome of a run: its options, the exam day, what was measured, the processes and the loss check.</summary>
public sealed record LoadResult(
    LoadOptions Options,
    DateTimeOffset StartedAt,
    DateOnly ExamDay,
    TimeSpan SetupTime,
    TimeSpan LiveTime,
    Metrics Metrics,
    long DashboardRows,
    IReadOnlyList<ProcessUsage> Processes,
    LossReport Loss)
{
    /// <summary>A run passes when nothing acknowledged is missing and no client failed.</summary>
    public bool Passed => Loss.Lossless && Metrics.Errors == 0;

    public double PerSecond(long count) => LiveTime.TotalSeconds > 0 ? count / LiveTime.TotalSeconds : 0;
}
