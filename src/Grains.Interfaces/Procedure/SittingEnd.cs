namespace Platform.Grains.Procedure;

/// <summary>How a sitting ended.</summary>
public enum SittingEnd
{
    Completed,

    /// <summary>P13: a second violation online terminates the procedure automatically.</summary>
    Terminated,

    /// <summary>P13: a second violation offline removes the candidate.</summary>
    Removed,

    /// <summary>P6, P17: the exam day ended before the sitting did (the candidate did not appear, or left it unfinished).</summary>
    Unfinished,
}
