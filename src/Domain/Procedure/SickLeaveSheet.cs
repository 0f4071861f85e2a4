using Platform.Domain.Deadlines;

namespace Platform.Domain.Procedure;

/// <summary>
/// P7: the candidate reports temporary incapacity and then confirms it with a copy of the sick-leave sheet; only after
/// the center has received the copy does it assign another date and time.
/// </summary>
public static class SickLeaveSheet
{
    /// <summary>A sheet handed in, or recorded received, when no incapacity was reported.</summary>
    public static ActionRequirement NotReported { get; } = new("P7",
        "the copy of the sick-leave sheet confirms temporary incapacity the candidate reported first",
        "копия листа о временной нетрудоспособности подтверждает временную нетрудоспособность, о которой кандидат уведомил ранее",
        "уақытша еңбекке жарамсыздық парағының көшірмесі кандидат бұрын хабарлаған уақытша еңбекке жарамсыздықты растайды");

    /// <summary>The center records a sheet received that the candidate has not handed in.</summary>
    public static ActionRequirement NotHandedIn { get; } = new("P7",
        "the candidate has not handed in the copy of the sick-leave sheet",
        "кандидат не представил копию листа о временной нетрудоспособности",
        "кандидат уақытша еңбекке жарамсыздық парағының көшірмесін ұсынған жоқ");

    /// <summary>A reschedule under P7 before the center has received the sheet.</summary>
    public static ActionRequirement NotReceived { get; } = new("P7",
        "the center assigns another date after it has received the copy of the sick-leave sheet",
        "центр признания назначает другую дату после получения копии листа о временной нетрудоспособности",
        "тану орталығы уақытша еңбекке жарамсыздық парағының көшірмесін алғаннан кейін басқа күн тағайындайды");

    /// <summary>Null when the candidate may hand in the sheet: incapacity was reported and the exam is not yet moved.</summary>
    public static ActionRequirement? CheckHandIn(RescheduleReason? pending) =>
        pending == RescheduleReason.SickLeave ? null : NotReported;

    /// <summary>Null when the center may record the sheet received: reported and handed in.</summary>
    public static ActionRequirement? CheckReceipt(RescheduleReason? pending, bool handedIn) =>
        pending != RescheduleReason.SickLeave ? NotReported : handedIn ? null : NotHandedIn;

    /// <summary>Null when an exam notice for <paramref name="reason"/> may be sent; a P7 reschedule needs the sheet received.</summary>
    public static ActionRequirement? CheckReschedule(RescheduleReason? reason, bool received) =>
        reason == RescheduleReason.SickLeave && !received ? NotReceived : null;
}
