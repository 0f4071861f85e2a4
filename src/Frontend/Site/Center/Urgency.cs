namespace Platform.Frontend.Site.Center;

/// <summary>How pressing the center's next obligation of a case is (SPEC §2).</summary>
public enum Urgency
{
    /// <summary>Nothing is due from the center: the case waits for the candidate, the exam or a commission.</summary>
    None,

    /// <summary>Due later than the end of the next working day.</summary>
    Open,

    /// <summary>Due by the end of the next working day (the grain's warning instant has passed).</summary>
    AtRisk,

    /// <summary>Not met by its due instant: a breach is recorded.</summary>
    Breached,
}
