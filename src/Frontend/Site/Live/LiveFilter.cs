using Platform.Domain.Procedure;
using Platform.Grains.Live;

namespace Platform.Frontend.Site.Live;

/// <summary>
/// The dashboard's filters by state (the same rules in live.js): everything; those that need attention (a suspicious
/// event not yet confirmed or dismissed, a lost connection, a warning issued, P13, P2.8 — while the sitting runs); those
/// running; those ended.
/// </summary>
public static class LiveFilter
{
    public const string Everything = "all";
    public const string Attention = "attention";
    public const string Running = "running";
    public const string Ended = "ended";

    public static readonly string[] All = [Everything, Attention, Running, Ended];

    public static bool IsFinal(SittingState state) => state is SittingState.NotAdmitted or SittingState.Completed or SittingState.Terminated
        or SittingState.Removed or SittingState.TechnicalFailure or SittingState.Cancelled or SittingState.Unfinished;

    public static bool NeedsAttention(LiveSitting row) =>
        !IsFinal(row.State) && (row.Suspicious > row.Confirmed || row.Connection == ConnectionState.Lost || row.Warnings > 0);

    public static bool Shows(string filter, LiveSitting row) => filter switch
    {
        Attention => NeedsAttention(row),
        Running => !IsFinal(row.State),
        Ended => IsFinal(row.State),
        _ => true,
    };
}
