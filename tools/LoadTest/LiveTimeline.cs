using System.Diagnostics;

namespace Platform.LoadTest;

/// <summary>
/// The live phase's clock (t = 0 when it starts) and its steady phase: from <see cref="Settling"/> after the ramp-up
/// ends, when every candidate is online, to the deadline. Only latencies recorded inside the steady phase go to the
/// steady histograms. Set by the run before any client starts.
/// </summary>
public sealed class LiveTimeline
{
    /// <summary>How long after the last candidate was due online the steady phase begins.</summary>
    public static readonly TimeSpan Settling = TimeSpan.FromSeconds(5);

    private long _startedAt;

    public TimeSpan SteadyFrom { get; private set; } = TimeSpan.MaxValue;

    public TimeSpan SteadyUntil { get; private set; }

    /// <summary>False when the ramp-up and the settling reach the deadline: no second of the run had every candidate online.</summary>
    public bool HasSteadyPhase => SteadyFrom < SteadyUntil;

    public TimeSpan Elapsed => Stopwatch.GetElapsedTime(_startedAt);

    /// <summary>The live phase starts now.</summary>
    public void Start() => _startedAt = Stopwatch.GetTimestamp();

    /// <summary>
    /// The candidates start coming online now, the last after the ramp-up; each stays for the duration, so the first
    /// leaves (and the steady phase ends) one duration from now.
    /// </summary>
    public void RampUpStarts(TimeSpan rampUp, TimeSpan duration)
    {
        SteadyFrom = Elapsed + rampUp + Settling;
        SteadyUntil = Elapsed + duration;
    }

    /// <summary>Issue 16, a mass start: every candidate is online from the burst on; the steady phase is set when it ends.</summary>
    public void SteadyBetween(TimeSpan from, TimeSpan until)
    {
        SteadyFrom = from;
        SteadyUntil = until;
    }

    public bool IsSteadyNow()
    {
        var now = Elapsed;
        return now >= SteadyFrom && now < SteadyUntil;
    }
}
