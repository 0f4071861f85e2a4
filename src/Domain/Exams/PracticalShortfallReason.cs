namespace Platform.Domain.Exams;

/// <summary>Why a step stands against a pass.</summary>
public enum PracticalShortfallReason
{
    /// <summary>A required step was not performed per the map (P17).</summary>
    NotPerformedPerMap,

    /// <summary>The commission did not mark the step at all.</summary>
    NotMarked,
}
