namespace Platform.Domain.Deadlines;

/// <summary>Where a running deadline stands at an instant (SPEC §2).</summary>
public enum DeadlinePhase
{
    /// <summary>Before its at-risk day: nothing to say yet.</summary>
    Running,

    /// <summary>A center's obligation on the working day before it is due (platform policy).</summary>
    AtRisk,

    /// <summary>After its last instant: a center's obligation is breached, a candidate's window is closed.</summary>
    Passed,
}
