namespace Platform.Domain.Exams;

/// <summary>
/// Issue 17, in the spirit of P11 (a technical failure of an online sitting is not the candidate's failure) and of the
/// extra time of P10-P11: the time an outage of the platform took from a theory's clock is given back to the candidate
/// it hit, by the platform, to the second. The frontend saw the window (from the first call of the sitting it refused as
/// unavailable to the next that got through, when it sends the credit); the sitting decides what of it counts, by its
/// own clock:
/// <list type="bullet">
/// <item>the window is placed on the sitting's clock as ending at its now, with the length the frontend measured: the
/// frontend's clock gives how long, never when (a frontend's clock ahead or behind the procedure's — the load test's
/// adjustable clock, a skewed machine — claims nothing of another time); only its part after the theory opened counts;
/// an empty window is nothing;</item>
/// <item>time already credited is not credited again: the credited stretches are kept, merged, and only time outside
/// them counts, so a credit sent again, an outage seen by two frontends, or a window overlapping an earlier one credit
/// only the new part, rounded up to a whole second in the candidate's favour;</item>
/// <item>at most <see cref="MaxPerSitting"/> in all; beyond it the commission decides under P10-P11 (extra time) or P11
/// (a technical failure: a new date).</item>
/// </list>
/// Whether the theory is still open is the sitting's check, made before this one.
/// </summary>
public static class OutageCredit
{
    /// <summary>The most a sitting is credited for outages, in all.</summary>
    public static readonly TimeSpan MaxPerSitting = TimeSpan.FromMinutes(30);

    /// <summary>The credited stretches a sitting keeps (the earliest are dropped beyond it; the cap still holds).</summary>
    public const int StretchesKept = 64;

    /// <param name="credited">The stretches credited before, merged and in order (as a previous decision left them).</param>
    /// <param name="seen">The window the frontend saw, by its clock, sent when it ended.</param>
    /// <param name="theoryOpenedAt">When the theory opened (P9).</param>
    /// <param name="now">The sitting's clock.</param>
    /// <param name="creditedSeconds">The seconds credited so far, in all.</param>
    public static OutageDecision Decide(
        IReadOnlyList<OutageSpan> credited, OutageSpan seen, DateTimeOffset theoryOpenedAt, DateTimeOffset now, int creditedSeconds)
    {
        var start = Max(now - seen.Length, theoryOpenedAt);
        if (seen.Length <= TimeSpan.Zero || now <= start)
        {
            return new(null, 0, credited, false);
        }

        var window = new OutageSpan(start, now);
        var merged = Merge([.. credited, window]);
        var added = Total(merged) - Total(credited);
        var newSeconds = (int)Math.Ceiling(added.TotalSeconds);
        var left = Math.Max(0, (int)MaxPerSitting.TotalSeconds - creditedSeconds);
        var kept = merged.Count > StretchesKept ? merged.Skip(merged.Count - StretchesKept).ToList() : merged;
        return new(window, Math.Min(newSeconds, left), kept, newSeconds > left);
    }

    /// <summary>Stretches joined where they touch or overlap, in order of their start.</summary>
    public static List<OutageSpan> Merge(IEnumerable<OutageSpan> spans)
    {
        var merged = new List<OutageSpan>();
        foreach (var span in spans.Where(s => s.End > s.Start).OrderBy(s => s.Start))
        {
            if (merged.Count > 0 && span.Start <= merged[^1].End)
            {
                merged[^1] = merged[^1] with { End = Max(merged[^1].End, span.End) };
            }
            else
            {
                merged.Add(span);
            }
        }

        return merged;
    }

    private static TimeSpan Total(IEnumerable<OutageSpan> spans) => spans.Aggregate(TimeSpan.Zero, (sum, span) => sum + span.Length);

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;
}
