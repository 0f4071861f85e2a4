using Platform.Domain.Exams;

namespace Platform.Grains.Documents;

/// <summary>
/// P6: the notice of the date, time and place of the procedure, sent within five working days after the day of the
/// contract; the exam is 10 to 20 working days after the day it is sent. Online (P11): the link to the online exam
/// application and to the online proctoring instead of a place.
/// </summary>
/// <param name="CenterName">The recognition center.</param>
/// <param name="Candidate">The addressee.</param>
/// <param name="Profession">The profession of the qualification program.</param>
/// <param name="NrkLevel">Its NRK level.</param>
/// <param name="ExamDate">The day of the exam.</param>
/// <param name="StartTime">The start time, Asia/Almaty.</param>
/// <param name="Mode">Online or offline (P9).</param>
/// <param name="Place">The address of the exam offline.</param>
/// <param name="OnlineLink">The link to the online exam application online (P11.1).</param>
/// <param name="ExamLanguage">The language of the exam chosen by the candidate (P9).</param>
/// <param name="SentOn">The day the notice is sent.</param>
[GenerateSerializer, Immutable, Alias("Platform.Grains.Documents.ExamNotice")]
public sealed record ExamNotice(
    [property: Id(0)] BilingualText CenterName,
    [property: Id(1)] PersonName Candidate,
    [property: Id(2)] BilingualText Profession,
    [property: Id(3)] int NrkLevel,
    [property: Id(4)] DateOnly ExamDate,
    [property: Id(5)] TimeOnly StartTime,
    [property: Id(6)] ExamMode Mode,
    [property: Id(7)] string? Place,
    [property: Id(8)] string? OnlineLink,
    [property: Id(9)] DocumentLanguage ExamLanguage,
    [property: Id(10)] DateOnly SentOn) : DocumentContent
{
    /// <inheritdoc/>
    public override DocumentKind Kind => DocumentKind.ExamNotice;
}
