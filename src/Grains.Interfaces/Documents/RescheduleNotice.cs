using Platform.Domain.Deadlines;
using Platform.Domain.Exams;

namespace Platform.Grains.Documents;

/// <summary>
/// The notice of a new date and time of the procedure: after the candidate's temporary incapacity, once the copy of
/// the sick-leave sheet was received (P7), or after a technical failure of an online sitting (P11).
/// </summary>
/// <param name="CenterName">The recognition center.</param>
/// <param name="Candidate">The addressee.</param>
/// <param name="Profession">The profession of the qualification program.</param>
/// <param name="Reason">Sick leave (P7) or technical failure (P11).</param>
/// <param name="OldDate">The day the procedure was set for.</param>
/// <param name="NewDate">The new day.</param>
/// <param name="NewStartTime">The new start time, Asia/Almaty.</param>
/// <param name="Mode">Online or offline.</param>
/// <param name="Place">The address offline.</param>
/// <param name="OnlineLink">The link online.</param>
/// <param name="SentOn">The day the notice is sent.</param>
[GenerateSerializer, Immutable, Alias("Platform.Grains.Documents.RescheduleNotice")]
public sealed record RescheduleNotice(
    [property: Id(0)] BilingualText CenterName,
    [property: Id(1)] PersonName Candidate,
    [property: Id(2)] BilingualText Profession,
    [property: Id(3)] RescheduleReason Reason,
    [property: Id(4)] DateOnly OldDate,
    [property: Id(5)] DateOnly NewDate,
    [property: Id(6)] TimeOnly NewStartTime,
    [property: Id(7)] ExamMode Mode,
    [property: Id(8)] string? Place,
    [property: Id(9)] string? OnlineLink,
    [property: Id(10)] DateOnly SentOn) : DocumentContent
{
    /// <inheritdoc/>
    public override DocumentKind Kind => DocumentKind.RescheduleNotice;
}
