using Platform.Domain.Procedure;
using Platform.Grains.Sittings;

namespace Platform.LoadTest;

/// <summary>
/// Issue 17, one candidate through a fault: how long its exam client and its proctoring stream saw errors (each from
/// the first error to the next success), how often its client resumed the sitting after a reconnect and whether it came
/// back in the theory with time left, and how far the deadline moved meanwhile (the time credited, if any: P10, P11).
/// </summary>
public sealed class CandidateFaults
{
    private readonly Lock _gate = new();
    private int _resumes;
    private int _resumedWithTimeLeft;
    private int _resumedWithoutTime;

    public OutageClock Exam { get; } = new();

    public OutageClock Stream { get; } = new();

    public int Resumes => Volatile.Read(ref _resumes);

    /// <summary>Resumes after a reconnect that found the theory open with time left (the candidate carries on).</summary>
    public int ResumedWithTimeLeft => Volatile.Read(ref _resumedWithTimeLeft);

    /// <summary>Resumes after a reconnect that found the theory open with no time left: the outage ate the candidate's time.</summary>
    public int ResumedWithoutTime => Volatile.Read(ref _resumedWithoutTime);

    public DateTimeOffset? FirstDeadline { get; private set; }

    public DateTimeOffset? LastDeadline { get; private set; }

    /// <summary>How far the theory's deadline moved while the candidate sat: time credited (extra time), zero when none.</summary>
    public TimeSpan Credited => FirstDeadline is { } first && LastDeadline is { } last ? last - first : TimeSpan.Zero;

    /// <summary>A sheet the client received: on its first Resume, a ticket, or a resume after a reconnect.</summary>
    public void Sheet(TheorySheet sheet, bool afterReconnect)
    {
        lock (_gate)
        {
            if (sheet.Deadline is { } deadline)
            {
                FirstDeadline ??= deadline;
                LastDeadline = deadline;
            }
        }

        if (afterReconnect)
        {
            Interlocked.Increment(ref _resumes);
            if (sheet.State == SittingState.TheoryOpen)
            {
                Interlocked.Increment(ref sheet.TimeLeft > TimeSpan.Zero ? ref _resumedWithTimeLeft : ref _resumedWithoutTime);
            }
        }
    }
}
