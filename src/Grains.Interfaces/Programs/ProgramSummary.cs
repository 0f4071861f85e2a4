using Platform.Domain.Exams;
using Platform.Domain.Proctoring;
using Platform.Domain.Programs;

namespace Platform.Grains.Programs;

/// <summary>A qualification program in a few numbers, for lists and for the application form (P4, P9, P12, P15).</summary>
/// <param name="Code">The program's code.</param>
/// <param name="ProfessionKk">The profession in Kazakh.</param>
/// <param name="ProfessionRu">The profession in Russian.</param>
/// <param name="Oked">OKED subclass (serial level 1).</param>
/// <param name="Nkz">NKZ code or "0" (serial level 2).</param>
/// <param name="NrkLevel">NRK level (serial level 3).</param>
/// <param name="Modes">Online and/or offline (P9).</param>
/// <param name="QuestionsKk">Questions of the bank worded in Kazakh.</param>
/// <param name="QuestionsRu">Questions of the bank worded in Russian.</param>
/// <param name="TicketSize">Questions per ticket (P15).</param>
/// <param name="TheoryTimeLimitMinutes">The time limit of the theory stage.</param>
/// <param name="PracticalTasks">How many practical tasks (P16).</param>
/// <param name="ValidityYears">Validity of the recognition document.</param>
/// <param name="AllowedItems">The items of P12 the program allows.</param>
/// <param name="EducationDocumentsRequired">P4: an education document is required.</param>
/// <param name="WorkExperienceDocumentsRequired">P4: a work-experience document is required.</param>
/// <param name="Version">The version of the stored document.</param>
[GenerateSerializer, Immutable, Alias("Platform.Grains.Programs.ProgramSummary")]
public sealed record ProgramSummary(
    [property: Id(0)] string Code,
    [property: Id(1)] string ProfessionKk,
    [property: Id(2)] string ProfessionRu,
    [property: Id(3)] string Oked,
    [property: Id(4)] string Nkz,
    [property: Id(5)] int NrkLevel,
    [property: Id(6)] IReadOnlyList<ExamMode> Modes,
    [property: Id(7)] int QuestionsKk,
    [property: Id(8)] int QuestionsRu,
    [property: Id(9)] int TicketSize,
    [property: Id(10)] int TheoryTimeLimitMinutes,
    [property: Id(11)] int PracticalTasks,
    [property: Id(12)] int ValidityYears,
    [property: Id(13)] IReadOnlyList<ProhibitedItem> AllowedItems,
    [property: Id(14)] bool EducationDocumentsRequired,
    [property: Id(15)] bool WorkExperienceDocumentsRequired,
    [property: Id(16)] int Version)
{
    /// <summary>The summary of a valid program stored under this version.</summary>
    public static ProgramSummary Of(QualificationProgram program, int version) => new(
        program.Code,
        program.Profession.Kk,
        program.Profession.Ru,
        program.Oked,
        program.Nkz,
        program.NrkLevel,
        [.. program.Modes],
        program.Theory.Questions.Count(q => q.Kk is not null),
        program.Theory.Questions.Count(q => q.Ru is not null),
        program.Theory.TicketSize,
        program.Theory.TimeLimitMinutes,
        program.Practical.Count,
        program.ValidityYears,
        [.. program.AllowedItems],
        program.Documents.Education,
        program.Documents.WorkExperience,
        version);
}
