using Platform.Domain.Exams;
using Platform.Domain.Procedure;
using Platform.Domain.Proctoring;
using Platform.Domain.Rules;
using Platform.Grains.Sittings;

namespace Platform.Grains.Live;

/// <summary>How a sitting becomes a row of the live dashboard, and how rows add up to a center's counts.</summary>
public static class LiveRows
{
    /// <summary>A proctoring client is taken as connected while its last heartbeat is this recent (P2.8).</summary>
    public static readonly TimeSpan HeartbeatFresh = TimeSpan.FromSeconds(30);

    /// <summary>The sitting's row; <paramref name="revision"/> orders the rows the grain writes.</summary>
    public static LiveSitting Of(SittingView view, string candidateKey, DateTimeOffset now, long revision) => new(
        view.SittingId, view.CaseId, candidateKey, view.Mode, view.State, view.Answered, view.TicketSize, view.TimeLeft,
        view.State == SittingState.TheoryOpen ? view.Deadline : null,
        view.Warnings.Count, view.Suspicious.Count, view.Suspicious.Count(s => s.Confirmed), EndedBy(view.State),
        ConnectionOf(view, now), view.Telemetry.LastHeartbeatAt, revision);

    /// <summary>The rule that ended a sitting early: P13 (second violation), P11 (technical failure).</summary>
    public static string? EndedBy(SittingState state) => state switch
    {
        SittingState.Terminated or SittingState.Removed => Rule.P13.Id,
        SittingState.TechnicalFailure => Rule.P11.Id,
        SittingState.Unfinished => Rule.P6.Id,
        _ => null,
    };

    public static bool IsFinal(SittingState state) => state is SittingState.NotAdmitted or SittingState.Completed or SittingState.Terminated
        or SittingState.Removed or SittingState.TechnicalFailure or SittingState.Cancelled or SittingState.Unfinished;

    /// <summary>
    /// The same row but for what moves by itself: time left, the revision, and the time of the last heartbeat (a
    /// dashboard shows the connection, which changes the row when it is lost or back; not each heartbeat).
    /// </summary>
    public static bool SameAs(LiveSitting a, LiveSitting? b) => b is not null && Steady(a) == Steady(b);

    private static LiveSitting Steady(LiveSitting row) => row with { TimeLeft = TimeSpan.Zero, Revision = 0, LastHeartbeatAt = null };

    /// <summary>
    /// The center's counts, in one pass over its live rows (a center may run thousands of sittings at once), with the
    /// sittings of the day that already ended (<paramref name="closed"/>, by how they ended; their rows have left).
    /// </summary>
    public static CenterCounts Count(string center, IEnumerable<LiveSitting> rows, IReadOnlyDictionary<SittingState, int>? closed = null)
    {
        var byState = new Dictionary<SittingState, int>(closed ?? new Dictionary<SittingState, int>());
        var (warnings, suspicious) = (0, 0);
        var terminations = byState.GetValueOrDefault(SittingState.Terminated) + byState.GetValueOrDefault(SittingState.Removed);
        foreach (var row in rows)
        {
            byState[row.State] = byState.GetValueOrDefault(row.State) + 1;
            warnings += row.Warnings;
            suspicious += row.Suspicious;
            terminations += row.State is SittingState.Terminated or SittingState.Removed ? 1 : 0;
        }

        return new CenterCounts(center, byState, warnings, suspicious, terminations);
    }

    private static ConnectionState ConnectionOf(SittingView view, DateTimeOffset now)
    {
        if (view.Mode == ExamMode.Offline || view.Telemetry.LastHeartbeatAt is not { } last)
        {
            return ConnectionState.Unknown;
        }

        var lostAfter = view.Suspicious.Any(s => s.Kind == ProctoringKind.ConnectionLost && s.At > last);
        return lostAfter || now - last > HeartbeatFresh ? ConnectionState.Lost : ConnectionState.Connected;
    }
}
