using static Platform.Domain.Programs.ProgramPath;

namespace Platform.Domain.Programs;

/// <summary>
/// The rules of one theory question (P9, P15): worded in kk and in ru, the same option ids in both, exactly one
/// correct option among them.
/// </summary>
internal static class QuestionRules
{
    private const int MinOptions = 2;
    private const int MaxOptions = 8;

    public static IEnumerable<ProgramError> Check(string path, TheoryQuestion? question, IReadOnlySet<string> topics, ISet<string> seen)
    {
        if (question is null)
        {
            return [new(path, "a question is null")];
        }

        var name = string.IsNullOrWhiteSpace(question.Id) ? $"question at {path}" : $"question {question.Id}";
        return RuleKit.Id(Member(path, "id"), question.Id, "question", seen)
            .Concat(CheckTopic(Member(path, "topic"), question.Topic, name, topics))
            .Concat(CheckWording(Member(path, "kk"), question.Kk, name, "kk"))
            .Concat(CheckWording(Member(path, "ru"), question.Ru, name, "ru"))
            .Concat(CheckSameOptions(path, question, name))
            .Concat(CheckCorrect(Member(path, "correct"), question, name));
    }

    private static IEnumerable<ProgramError> CheckTopic(string path, string? topic, string name, IReadOnlySet<string> topics)
    {
        if (string.IsNullOrWhiteSpace(topic))
        {
            yield return new(path, $"{name} has no topic");
        }
        else if (!topics.Contains(topic))
        {
            yield return new(path, $"{name}: topic '{topic}' is not one of the topics");
        }
    }

    private static IEnumerable<ProgramError> CheckWording(string path, QuestionWording? wording, string name, string language)
    {
        if (wording is null)
        {
            yield return new(path, $"{name} has no {language} text");
            yield break;
        }

        if (string.IsNullOrWhiteSpace(wording.Text))
        {
            yield return new(Member(path, "text"), $"{name} has empty {language} text");
        }

        var optionsPath = Member(path, "options");
        if (wording.Options is null || wording.Options.Count is < MinOptions or > MaxOptions)
        {
            yield return new(optionsPath, $"{name} needs {MinOptions}-{MaxOptions} options in {language}, got {wording.Options?.Count ?? 0}");
            yield break;
        }

        foreach (var error in CheckOptions(optionsPath, wording.Options, name, language))
        {
            yield return error;
        }
    }

    private static IEnumerable<ProgramError> CheckOptions(string path, IReadOnlyList<QuestionOption> options, string name, string language)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var texts = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var index = 0; index < options.Count; index++)
        {
            var itemPath = Item(path, index);
            if (options[index] is not { } option)
            {
                yield return new(itemPath, $"{name} has a null {language} option");
                continue;
            }

            foreach (var error in RuleKit.Id(Member(itemPath, "id"), option.Id, $"{name}: {language} option", ids))
            {
                yield return error;
            }

            if (string.IsNullOrWhiteSpace(option.Text))
            {
                yield return new(Member(itemPath, "text"), $"{name}: {language} option '{option.Id}' has empty text");
            }
            else if (!texts.Add(option.Text.Trim()))
            {
                yield return new(Member(itemPath, "text"), $"{name}: {language} option '{option.Id}' repeats the text of another option");
            }
        }
    }

    private static IEnumerable<ProgramError> CheckSameOptions(string path, TheoryQuestion question, string name)
    {
        var kk = OptionIds(question.Kk);
        var ru = OptionIds(question.Ru);
        if (kk is not null && ru is not null && !kk.ToHashSet(StringComparer.Ordinal).SetEquals(ru))
        {
            yield return new(path, $"{name} has options [{string.Join(", ", kk)}] in kk but [{string.Join(", ", ru)}] in ru "
                + "— both languages need the same option ids");
        }
    }

    private static IEnumerable<ProgramError> CheckCorrect(string path, TheoryQuestion question, string name)
    {
        if (string.IsNullOrWhiteSpace(question.Correct))
        {
            yield return new(path, $"{name} names no correct option");
            yield break;
        }

        var kk = OptionIds(question.Kk);
        if (kk is not null && !kk.Contains(question.Correct, StringComparer.Ordinal))
        {
            yield return new(path, $"{name}: the correct option '{question.Correct}' is not one of its options");
        }
    }

    private static string[]? OptionIds(QuestionWording? wording) =>
        wording?.Options is { } options && options.All(o => o?.Id is not null) ? [.. options.Select(o => o.Id)] : null;
}
