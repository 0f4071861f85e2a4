using static Platform.Domain.Programs.ProgramPath;

namespace Platform.Domain.Programs;

/// <summary>
/// The rules of the practical stage (P16, P17): at least one task, each with a time limit and a technological map
/// of ordered steps with unique ids, each step with its criteria, all in kk and ru.
/// </summary>
internal static class PracticalRules
{
    public static IEnumerable<ProgramError> Check(string path, IReadOnlyList<PracticalTask>? tasks)
    {
        if (tasks is null || tasks.Count == 0)
        {
            yield return new(path, "PracticalMissing");
            yield break;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var index = 0; index < tasks.Count; index++)
        {
            foreach (var error in CheckTask(Item(path, index), tasks[index], seen))
            {
                yield return error;
            }
        }
    }

    private static IEnumerable<ProgramError> CheckTask(string path, PracticalTask? task, ISet<string> seen)
    {
        if (task is null)
        {
            return [new(path, "TaskNull")];
        }

        return RuleKit.Id(Member(path, "id"), task.Id, seen)
            .Concat(RuleKit.Localized(Member(path, "title"), task.Title))
            .Concat(RuleKit.Localized(Member(path, "assignment"), task.Assignment))
            .Concat(RuleKit.Minutes(Member(path, "timeLimitMinutes"), task.TimeLimitMinutes))
            .Concat(CheckSteps(Member(path, "steps"), task.Steps));
    }

    private static IEnumerable<ProgramError> CheckSteps(string path, IReadOnlyList<PracticalStep>? steps)
    {
        if (steps is null || steps.Count == 0)
        {
            yield return new(path, "StepsMissing");
            yield break;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var index = 0; index < steps.Count; index++)
        {
            foreach (var error in CheckStep(Item(path, index), steps[index], seen))
            {
                yield return error;
            }
        }
    }

    private static IEnumerable<ProgramError> CheckStep(string path, PracticalStep? step, ISet<string> seen)
    {
        if (step is null)
        {
            return [new(path, "StepNull")];
        }

        return RuleKit.Id(Member(path, "id"), step.Id, seen)
            .Concat(RuleKit.Localized(Member(path, "title"), step.Title))
            .Concat(CheckCriteria(Member(path, "criteria"), step.Criteria));
    }

    private static IEnumerable<ProgramError> CheckCriteria(string path, IReadOnlyList<LocalizedText>? criteria)
    {
        if (criteria is null || criteria.Count == 0)
        {
            return [new(path, "CriteriaMissing")];
        }

        return criteria.SelectMany((criterion, index) => RuleKit.Localized(Item(path, index), criterion));
    }
}
