namespace Platform.Domain.Deadlines;

/// <summary>Reschedules that P6 exempts from the 10-to-20 working-day exam window.</summary>
public enum RescheduleReason
{
    /// <summary>P7: the candidate was temporarily incapacitated (sick-leave sheet).</summary>
    SickLeave,

    /// <summary>P11: a technical failure during an online sitting.</summary>
    TechnicalFailure,
}
