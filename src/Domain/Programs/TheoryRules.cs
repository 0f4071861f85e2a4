using static Platform.Domain.Programs.ProgramPath;

namespace Platform.Domain.Programs;

/// <summary>
/// The rules of the theory stage of a program (P9, P15): topics, the bank and a blueprint from which a ticket can
/// always be drawn.
/// </summary>
internal static class TheoryRules
{
    public static IEnumerable<ProgramError> Check(string path, ProgramTheory? theory)
    {
        if (theory is null)
        {
            return [new(path, "TheoryMissing")];
        }

        var topics = (theory.Topics ?? []).Where(t => t is not null).Select(t => t.Id).ToHashSet(StringComparer.Ordinal);
        return RuleKit.Minutes(Member(path, "timeLimitMinutes"), theory.TimeLimitMinutes)
            .Concat(CheckTopics(Member(path, "topics"), theory.Topics))
            .Concat(CheckQuestions(Member(path, "questions"), theory.Questions, topics))
            .Concat(CheckBlueprint(Member(path, "blueprint"), theory));
    }

    private static IEnumerable<ProgramError> CheckTopics(string path, IReadOnlyList<ProgramTopic>? topics)
    {
        if (topics is null || topics.Count == 0)
        {
            yield return new(path, "TopicsMissing");
            yield break;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var index = 0; index < topics.Count; index++)
        {
            var itemPath = Item(path, index);
            if (topics[index] is not { } topic)
            {
                yield return new(itemPath, "TopicNull");
                continue;
            }

            var errors = RuleKit.Id(Member(itemPath, "id"), topic.Id, seen)
                .Concat(RuleKit.Localized(Member(itemPath, "name"), topic.Name));
            foreach (var error in errors)
            {
                yield return error;
            }
        }
    }

    private static IEnumerable<ProgramError> CheckQuestions(string path, IReadOnlyList<TheoryQuestion>? questions, IReadOnlySet<string> topics)
    {
        if (questions is null || questions.Count == 0)
        {
            yield return new(path, "QuestionsMissing");
            yield break;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var index = 0; index < questions.Count; index++)
        {
            foreach (var error in QuestionRules.Check(Item(path, index), questions[index], topics, seen))
            {
                yield return error;
            }
        }
    }

    private static IEnumerable<ProgramError> CheckBlueprint(string path, ProgramTheory theory)
    {
        var blueprint = theory.Blueprint;
        if (blueprint is null || blueprint.Count == 0)
        {
            yield return new(path, "BlueprintEmpty");
            yield break;
        }

        var available = (theory.Questions ?? []).Where(q => q?.Topic is not null)
            .GroupBy(q => q.Topic, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var topics = (theory.Topics ?? []).Where(t => t?.Id is not null).Select(t => t.Id).ToHashSet(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var index = 0; index < blueprint.Count; index++)
        {
            foreach (var error in CheckEntry(Item(path, index), blueprint[index], topics, available, seen))
            {
                yield return error;
            }
        }
    }

    private static IEnumerable<ProgramError> CheckEntry(
        string path, BlueprintEntry? entry, IReadOnlySet<string> topics, Dictionary<string, int> available, ISet<string> seen)
    {
        if (entry is null)
        {
            yield return new(path, "BlueprintEntryNull");
        }
        else if (string.IsNullOrWhiteSpace(entry.Topic) || !topics.Contains(entry.Topic))
        {
            yield return new(Member(path, "topic"), "TopicUnknown", entry.Topic);
        }
        else if (!seen.Add(entry.Topic))
        {
            yield return new(Member(path, "topic"), "BlueprintTopicRepeated", entry.Topic);
        }
        else if (entry.Count < 1)
        {
            yield return new(Member(path, "count"), "BlueprintCountTooSmall", entry.Topic, entry.Count);
        }
        else if (entry.Count > available.GetValueOrDefault(entry.Topic))
        {
            yield return new(Member(path, "count"), "BlueprintCountTooLarge", entry.Topic, entry.Count, available.GetValueOrDefault(entry.Topic));
        }
    }
}
