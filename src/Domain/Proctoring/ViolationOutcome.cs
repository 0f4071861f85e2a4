namespace Platform.Domain.Proctoring;

/// <summary>Where a sitting stands under P13.</summary>
public enum ViolationOutcome
{
    /// <summary>No violation.</summary>
    Clear,

    /// <summary>A first violation: the warning must be given (online by the proctoring, offline orally by the commission).</summary>
    WarningDue,

    /// <summary>The warning was delivered; the next new violation ends the sitting.</summary>
    Warned,

    /// <summary>Online: a second violation after the warning; the procedure ends automatically (P13).</summary>
    Terminated,

    /// <summary>Offline: a second violation after the warning; the commission removes the candidate (P13).</summary>
    Removed,
}
