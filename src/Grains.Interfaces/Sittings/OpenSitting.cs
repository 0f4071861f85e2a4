using Platform.Domain.Exams;
using Platform.Domain.Programs;
using Platform.Grains.Procedure;

namespace Platform.Grains.Sittings;

/// <summary>The center opens the sitting of a case on the exam day (P6, P8).</summary>
/// <param name="CommandId">Makes a retry harmless.</param>
/// <param name="CaseId">The recognition case, <c>case-&lt;guid&gt;</c>.</param>
/// <param name="CenterNumber">The center's accreditation number (4 digits).</param>
/// <param name="CandidateKey">The candidate's grain key (never the IIN).</param>
/// <param name="ProgramCode">The qualification program.</param>
/// <param name="Mode">Online (P2.8, P11) or offline (P10).</param>
/// <param name="Language">The language the candidate chose (P9).</param>
/// <param name="ScheduledStart">The start of the exam notice (P6).</param>
/// <param name="By">Who opens it.</param>
[GenerateSerializer, Immutable, Alias("Platform.Grains.Sittings.OpenSitting")]
public sealed record OpenSitting(
    [property: Id(0)] Guid CommandId,
    [property: Id(1)] string CaseId,
    [property: Id(2)] string CenterNumber,
    [property: Id(3)] string CandidateKey,
    [property: Id(4)] string ProgramCode,
    [property: Id(5)] ExamMode Mode,
    [property: Id(6)] ExamLanguage Language,
    [property: Id(7)] DateTimeOffset ScheduledStart,
    [property: Id(8)] Actor By);
