using Platform.Domain.Deadlines;
using Platform.Domain.Rules;

namespace Platform.Domain.Procedure;

/// <summary>
/// P7: the candidate reports temporary incapacity and then confirms it with a copy of the sick-leave sheet; only after
/// the center has received the copy does it assign another date and time.
/// </summary>
public static class SickLeaveSheet
{
    /// <summary>A sheet handed in, or recorded received, when no incapacity was reported.</summary>
    public static Refusal NotReported { get; } = Refusal.Of(Rule.P7, "SickLeaveNotReported");

    /// <summary>The center records a sheet received that the candidate has not handed in.</summary>
    public static Refusal NotHandedIn { get; } = Refusal.Of(Rule.P7, "SickLeaveSheetNotHandedIn");

    /// <summary>A reschedule under P7 before the center has received the sheet.</summary>
    public static Refusal NotReceived { get; } = Refusal.Of(Rule.P7, "SickLeaveSheetNotReceived");

    /// <summary>Null when the candidate may hand in the sheet: incapacity was reported and the exam is not yet moved.</summary>
    public static Refusal? CheckHandIn(RescheduleReason? pending) =>
        pending == RescheduleReason.SickLeave ? null : NotReported;

    /// <summary>Null when the center may record the sheet received: reported and handed in.</summary>
    public static Refusal? CheckReceipt(RescheduleReason? pending, bool handedIn) =>
        pending != RescheduleReason.SickLeave ? NotReported : handedIn ? null : NotHandedIn;

    /// <summary>Null when an exam notice for <paramref name="reason"/> may be sent; a P7 reschedule needs the sheet received.</summary>
    public static Refusal? CheckReschedule(RescheduleReason? reason, bool received) =>
        reason == RescheduleReason.SickLeave && !received ? NotReceived : null;
}
