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
            return [new(path, "QuestionNull")];
        }

        return RuleKit.Id(Member(path, "id"), question.Id, seen)
            .Concat(CheckTopic(Member(path, "topic"), question.Topic, topics))
            .Concat(CheckWording(Member(path, "kk"), question.Kk, "kk"))
            .Concat(CheckWording(Member(path, "ru"), question.Ru, "ru"))
            .Concat(CheckSameOptions(path, question))
            .Concat(CheckCorrect(Member(path, "correct"), question));
    }

    private static IEnumerable<ProgramError> CheckTopic(string path, string? topic, IReadOnlySet<string> topics)
    {
        if (string.IsNullOrWhiteSpace(topic))
        {
            yield return new(path, "TopicMissing");
        }
        else if (!topics.Contains(topic))
        {
            yield return new(path, "TopicUnknown", topic);
        }
    }

    private static IEnumerable<ProgramError> CheckWording(string path, QuestionWording? wording, string language)
    {
        if (wording is null)
        {
            yield return new(path, "TextMissing", language);
            yield break;
        }

        if (string.IsNullOrWhiteSpace(wording.Text))
        {
            yield return new(Member(path, "text"), "TextMissing", language);
        }

        var optionsPath = Member(path, "options");
        if (wording.Options is null || wording.Options.Count is < MinOptions or > MaxOptions)
        {
            yield return new(optionsPath, "OptionsCount", MinOptions, MaxOptions, language, wording.Options?.Count ?? 0);
            yield break;
        }

        foreach (var error in CheckOptions(optionsPath, wording.Options, language))
        {
            yield return error;
        }
    }

    private static IEnumerable<ProgramError> CheckOptions(string path, IReadOnlyList<QuestionOption> options, string language)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var texts = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var index = 0; index < options.Count; index++)
        {
            var itemPath = Item(path, index);
            if (options[index] is not { } option)
            {
                yield return new(itemPath, "OptionNull", language);
                continue;
            }

            foreach (var error in RuleKit.Id(Member(itemPath, "id"), option.Id, ids))
            {
                yield return error;
            }

            if (string.IsNullOrWhiteSpace(option.Text))
            {
                yield return new(Member(itemPath, "text"), "OptionTextMissing", language, option.Id);
            }
            else if (!texts.Add(option.Text.Trim()))
            {
                yield return new(Member(itemPath, "text"), "OptionTextRepeated", language, option.Id);
            }
        }
    }

    private static IEnumerable<ProgramError> CheckSameOptions(string path, TheoryQuestion question)
    {
        var kk = OptionIds(question.Kk);
        var ru = OptionIds(question.Ru);
        if (kk is not null && ru is not null && !kk.ToHashSet(StringComparer.Ordinal).SetEquals(ru))
        {
            yield return new(path, "OptionsDiffer", string.Join(", ", kk), string.Join(", ", ru));
        }
    }

    private static IEnumerable<ProgramError> CheckCorrect(string path, TheoryQuestion question)
    {
        if (string.IsNullOrWhiteSpace(question.Correct))
        {
            yield return new(path, "CorrectMissing");
            yield break;
        }

        var kk = OptionIds(question.Kk);
        if (kk is not null && !kk.Contains(question.Correct, StringComparer.Ordinal))
        {
            yield return new(path, "CorrectUnknown", question.Correct);
        }
    }

    private static string[]? OptionIds(QuestionWording? wording) =>
        wording?.Options is { } options && options.All(o => o?.Id is not null) ? [.. options.Select(o => o.Id)] : null;
}
