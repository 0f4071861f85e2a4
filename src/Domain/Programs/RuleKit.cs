using static Platform.Domain.Programs.ProgramPath;

namespace Platform.Domain.Programs;

/// <summary>Checks shared by the rules of a program document: bilingual texts, ids, time limits.</summary>
internal static class RuleKit
{
    private const int MaxIdLength = 64;
    private const int MaxMinutes = 480;

    /// <summary>A text present in both kk and ru (P9).</summary>
    public static IEnumerable<ProgramError> Localized(string path, LocalizedText? text, string what)
    {
        if (text is null)
        {
            yield return new(path, $"{what} has no text (kk and ru)");
            yield break;
        }

        if (string.IsNullOrWhiteSpace(text.Kk))
        {
            yield return new(Member(path, "kk"), $"{what} has no kk text");
        }

        if (string.IsNullOrWhiteSpace(text.Ru))
        {
            yield return new(Member(path, "ru"), $"{what} has no ru text");
        }
    }

    /// <summary>An id: letters, digits, '-', '_' or '.', unique among <paramref name="seen"/> (which it joins).</summary>
    public static IEnumerable<ProgramError> Id(string path, string? id, string what, ISet<string> seen)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            yield return new(path, $"{what} has no id");
        }
        else if (id.Length > MaxIdLength || !id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.'))
        {
            yield return new(path, $"{what} id '{id}' must be 1-{MaxIdLength} latin letters, digits, '-', '_' or '.'");
        }
        else if (!seen.Add(id))
        {
            yield return new(path, $"{what} id '{id}' appears more than once");
        }
    }

    /// <summary>A time limit of a stage: a positive number of minutes, at most a working day.</summary>
    public static IEnumerable<ProgramError> Minutes(string path, int minutes, string what)
    {
        if (minutes is < 1 or > MaxMinutes)
        {
            yield return new(path, $"the time limit of {what} must be 1-{MaxMinutes} minutes, got {minutes}");
        }
    }

    public static bool IsDigits(string? text, int length) =>
        text is not null && text.Length == length && text.All(char.IsAsciiDigit);
}
