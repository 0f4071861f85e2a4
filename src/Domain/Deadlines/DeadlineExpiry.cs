namespace Platform.Domain.Deadlines;

/// <summary>What happens when a deadline passes.</summary>
public enum DeadlineExpiry
{
    /// <summary>The center breached its obligation; the breach is recorded.</summary>
    CenterBreach,

    /// <summary>P5: the remarks window closed; the motivated refusal is drafted from the unresolved remarks.</summary>
    MotivatedRefusalDrafted,

    /// <summary>P20: the appeal window closed; the result is final.</summary>
    ResultFinal,

    /// <summary>P22: the retention period ended; the record may be destroyed on a staff decision.</summary>
    MayBeDestroyed,
}
