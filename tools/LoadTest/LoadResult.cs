namespace Platform.LoadTest;

/// <summary>
/// The outcome of a run: its options, the exam day, what was measured, the processes, the loss check, the echo
/// reference measured first (null when skipped), the national sitting's own figures (issue 16), the fault injected and
/// the check that no sitting was active twice (issue 17).
/// </summary>
public sealed record LoadResult(
    LoadOptions Options,
    DateTimeOffset StartedAt,
    DateOnly ExamDay,
    TimeSpan SetupTime,
    TimeSpan LiveTime,
    Metrics Metrics,
    long DashboardRows,
    IReadOnlyList<ProcessUsage> Processes,
    LossReport Loss,
    EchoResult? Echo = null,
    NationalFigures? National = null,
    FaultRecord? Fault = null,
    ActivationReport? Activations = null)
{
    /// <summary>The platform's processes (silo, frontend, PostgreSQL), not the generator nor the echo server.</summary>
    public IEnumerable<ProcessUsage> Platform => Processes.Where(p => p.Name is not "generator");

    /// <summary>Issue 16: the platform's CPU per candidate over the live phase, in milliseconds of one core.</summary>
    public double PlatformCpuMillisecondsPerCandidate => Platform.Sum(p => p.CpuSeconds) * 1000 / Math.Max(1, Options.Candidates);

    public double GeneratorCpuMillisecondsPerCandidate => Processes.Where(p => p.Name == "generator").Sum(p => p.CpuSeconds) * 1000 / Math.Max(1, Options.Candidates);

    /// <summary>
    /// A run passes when nothing acknowledged is missing and no client failed; with a fault (issue 17) also when every
    /// client's errors ended in a success, and no sitting's event log shows two activations.
    /// </summary>
    public bool Passed => Loss.Lossless && Metrics.Errors == 0
        && (Activations is null || (Activations.Clean && FaultFigures.Of(Metrics).StillFailing == 0));

    public double PerSecond(long count) => LiveTime.TotalSeconds > 0 ? count / LiveTime.TotalSeconds : 0;
}
