using static Platform.Domain.Programs.ProgramPath;

namespace Platform.Domain.Programs;

/// <summary>Checks shared by the rules of a program document: bilingual texts, ids, time limits.</summary>
internal static class RuleKit
{
    private const int MaxIdLength = 64;
    private const int MaxMinutes = 480;

    /// <summary>A text present in both kk and ru (P9).</summary>
    public static IEnumerable<ProgramError> Localized(string path, LocalizedText? text)
    {
        if (text is null)
        {
            yield return new(path, "TextsMissing");
            yield break;
        }

        if (string.IsNullOrWhiteSpace(text.Kk))
        {
            yield return new(Member(path, "kk"), "TextMissing", "kk");
        }

        if (string.IsNullOrWhiteSpace(text.Ru))
        {
            yield return new(Member(path, "ru"), "TextMissing", "ru");
        }
    }

    /// <summary>An id: letters, digits, '-', '_' or '.', unique among <paramref name="seen"/> (which it joins).</summary>
    public static IEnumerable<ProgramError> Id(string path, string? id, ISet<string> seen)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            yield return new(path, "IdMissing");
        }
        else if (id.Length > MaxIdLength || !id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.'))
        {
            yield return new(path, "IdInvalid", id, MaxIdLength);
        }
        else if (!seen.Add(id))
        {
            yield return new(path, "IdRepeated", id);
        }
    }

    /// <summary>A time limit of a stage: a positive number of minutes, at most a working day.</summary>
    public static IEnumerable<ProgramError> Minutes(string path, int minutes)
    {
        if (minutes is < 1 or > MaxMinutes)
        {
            yield return new(path, "MinutesOutOfRange", MaxMinutes, minutes);
        }
    }

    public static bool IsDigits(string? text, int length) =>
        text is not null && text.Length == length && text.All(char.IsAsciiDigit);
}
