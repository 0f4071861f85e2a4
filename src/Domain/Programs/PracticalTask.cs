using System.Text.Json.Serialization;
using Platform.Domain.Exams;

namespace Platform.Domain.Programs;

/// <summary>
/// A practical task of a qualification program (P16, P17): the assignment, its time limit and the ordered steps
/// of its technological map, in kk and ru.
/// </summary>
/// <param name="Id">Unique within the program, e.g. "monthly-closing".</param>
/// <param name="Title">The task.</param>
/// <param name="Assignment">What the candidate is given and asked to do.</param>
/// <param name="TimeLimitMinutes">The time the candidate has.</param>
/// <param name="Steps">The technological map, in order.</param>
public sealed record PracticalTask(
    string Id,
    LocalizedText Title,
    LocalizedText Assignment,
    int TimeLimitMinutes,
    IReadOnlyList<PracticalStep> Steps)
{
    /// <summary>The time limit of the task.</summary>
    [JsonIgnore]
    public TimeSpan TimeLimit => TimeSpan.FromMinutes(TimeLimitMinutes);

    /// <summary>The technological map in the language of the exam; step ids are the same in both languages.</summary>
    public TechnologicalMap MapIn(ExamLanguage language) => TechnologicalMap.Create(
        Title.In(language),
        Steps.Select(step => new TechnologicalMapStep(
            step.Id,
            step.Title.In(language),
            [.. step.Criteria.Select(criterion => criterion.In(language))],
            step.Required)));
}
