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
            yield return new(path, "the program has no practical task (P16: the practical stage follows a technological map)");
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
            return [new(path, "a practical task is null")];
        }

        var name = $"practical task '{task.Id}'";
        return RuleKit.Id(Member(path, "id"), task.Id, "practical task", seen)
            .Concat(RuleKit.Localized(Member(path, "title"), task.Title, $"the title of {name}"))
            .Concat(RuleKit.Localized(Member(path, "assignment"), task.Assignment, $"the assignment of {name}"))
            .Concat(RuleKit.Minutes(Member(path, "timeLimitMinutes"), task.TimeLimitMinutes, name))
            .Concat(CheckSteps(Member(path, "steps"), task.Steps, name));
    }

    private static IEnumerable<ProgramError> CheckSteps(string path, IReadOnlyList<PracticalStep>? steps, string name)
    {
        if (steps is null || steps.Count == 0)
        {
            yield return new(path, $"the technological map of {name} has no steps (P16)");
            yield break;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var index = 0; index < steps.Count; index++)
        {
            foreach (var error in CheckStep(Item(path, index), steps[index], name, seen))
            {
                yield return error;
            }
        }
    }

    private static IEnumerable<ProgramError> CheckStep(string path, PracticalStep? step, string name, ISet<string> seen)
    {
        if (step is null)
        {
            return [new(path, $"the technological map of {name} has a null step")];
        }

        var what = $"step '{step.Id}' of {name}";
        return RuleKit.Id(Member(path, "id"), step.Id, $"the technological map of {name} must have ordered unique step ids: step", seen)
            .Concat(RuleKit.Localized(Member(path, "title"), step.Title, $"the title of {what}"))
            .Concat(CheckCriteria(Member(path, "criteria"), step.Criteria, what));
    }

    private static IEnumerable<ProgramError> CheckCriteria(string path, IReadOnlyList<LocalizedText>? criteria, string what)
    {
        if (criteria is null || criteria.Count == 0)
        {
            return [new(path, $"{what} has no criteria (P16: how the commission judges it)")];
        }

        return criteria.SelectMany((criterion, index) =>
            RuleKit.Localized(Item(path, index), criterion, $"criterion {index + 1} of {what}"));
    }
}
