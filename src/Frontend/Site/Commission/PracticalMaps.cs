using Platform.Domain.Exams;
using Platform.Domain.Programs;
using Platform.Grains.Procedure;
using Platform.Grains.Programs;
using Platform.Grains.Sittings;

namespace Platform.Frontend.Site.Commission;

/// <summary>
/// P16, P17: the technological maps of a program's practical tasks, in the exam language (step ids are the same in
/// both), read from the version of the program the exam opened under (SPEC §5: a later upload does not change the map
/// of an exam already opened); and the marks a commission posted, evaluated against them by the Domain's rule.
/// </summary>
public sealed class PracticalMaps(IGrainFactory grains)
{
    /// <summary>
    /// The maps of the program version the case's exam opened under, each with its task id: the offline exam's version
    /// (kept by the case at its start), else the sitting's of the attempt; the current version when the exam kept none
    /// (not opened yet, or opened before versions were kept). Empty when the program is not loaded.
    /// </summary>
    public async Task<IReadOnlyList<(string TaskId, TechnologicalMap Map)>> MapsAsync(CaseView view, string examLanguage)
    {
        var version = view.OfflineProgramVersion ?? await SittingVersionAsync(view);
        var program = grains.GetGrain<IQualificationProgramGrain>(ProgramKeys.For(view.ProgramCode));
        if ((await program.GetDocument(version) ?? await program.GetDocument(null)) is not { Json: var json })
        {
            return [];
        }

        var language = examLanguage == "kk" ? ExamLanguage.Kk : ExamLanguage.Ru;
        return [.. QualificationProgram.Parse(json).Practical.Select(task => (task.Id, task.MapIn(language)))];
    }

    private async Task<int?> SittingVersionAsync(CaseView view) =>
        await grains.GetGrain<IExamSessionGrain>(SittingKeys.For(view.CaseId, Math.Max(view.Attempt, 1))).Get() is { } sitting && sitting.CaseId == view.CaseId
            ? sitting.ProgramVersion
            : null;

    /// <summary>The form field of a step's mark ("task/step").</summary>
    public static string Field(string taskId, string stepId) => $"{taskId}/{stepId}";

    /// <summary>
    /// Every step is marked (a box not ticked is a step not performed per the map); the task passes when each map does
    /// (<see cref="PracticalResult.Evaluate"/>), and the shortfalls are the titles of the required steps not performed.
    /// </summary>
    public static (bool Passed, IReadOnlyList<string> Shortfalls, IReadOnlyList<PracticalStepMark> Marks) Evaluate(
        IReadOnlyList<(string TaskId, TechnologicalMap Map)> maps, IReadOnlySet<string> performed, IReadOnlyDictionary<string, string> comments)
    {
        var shortfalls = new List<string>();
        var marks = new List<PracticalStepMark>();
        foreach (var (taskId, map) in maps)
        {
            var result = PracticalResult.Evaluate(map, map.Steps.Select(step => new StepMark(
                step.Id, performed.Contains(Field(taskId, step.Id)), comments.GetValueOrDefault(Field(taskId, step.Id)))));
            marks.AddRange(map.Steps.Select(step => new PracticalStepMark(step.Id, step.Title, step.Required, performed.Contains(Field(taskId, step.Id)),
                comments.GetValueOrDefault(Field(taskId, step.Id)) is { } comment && !string.IsNullOrWhiteSpace(comment) ? comment.Trim() : null)));
            shortfalls.AddRange(result.Shortfalls.Select(s => string.IsNullOrWhiteSpace(s.Comment) ? s.StepTitle : $"{s.StepTitle}: {s.Comment.Trim()}"));
        }

        return (shortfalls.Count == 0, shortfalls, marks);
    }
}
