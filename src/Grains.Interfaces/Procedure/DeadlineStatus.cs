namespace Platform.Grains.Procedure;

/// <summary>Where a statutory deadline stands.</summary>
public enum DeadlineStatus
{
    Open,

    /// <summary>A center obligation one working day before it is due.</summary>
    AtRisk,

    /// <summary>A center obligation not met by its due instant.</summary>
    Breached,

    /// <summary>Met in time (or, for a breach, met late: see <see cref="DeadlineView.MetAt"/>).</summary>
    Met,

    /// <summary>A candidate's window that closed: the case moved on by itself.</summary>
    Closed,
}
