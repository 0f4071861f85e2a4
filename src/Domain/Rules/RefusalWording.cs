using System.Collections;
using System.Globalization;
using System.Resources;
using Platform.Domain.Procedure;

namespace Platform.Domain.Rules;

/// <summary>
/// The words of a <see cref="Refusal"/>: its message from <c>Resources/Refusals.resx</c> (English), <c>.ru.resx</c> and
/// <c>.kk.resx</c>, with the arguments in place. A key missing from a language is a programming error the Domain tests
/// catch (every key in all three, with the same placeholders).
/// </summary>
public static class RefusalWording
{
    private static readonly ResourceManager Texts = new("Platform.Domain.Rules.Resources.Refusals", typeof(RefusalWording).Assembly);

    private static readonly Dictionary<string, CultureInfo> Cultures = new()
    {
        ["en"] = CultureInfo.InvariantCulture,
        ["ru"] = CultureInfo.GetCultureInfo("ru"),
        ["kk"] = CultureInfo.GetCultureInfo("kk"),
    };

    /// <summary>The message in <paramref name="language"/> ("kk", "ru"; English otherwise).</summary>
    public static string In(Refusal refusal, string? language)
    {
        var culture = Cultures.GetValueOrDefault(language ?? "en", CultureInfo.InvariantCulture);
        var templates = refusal.Messages.Select(message => Texts.GetString(message, culture)
            ?? throw new InvalidOperationException($"No wording for the refusal message '{message}'."));
        return string.Format(CultureInfo.InvariantCulture, string.Join("; ", templates), [.. refusal.Arguments]);
    }

    /// <summary>The message in the three languages.</summary>
    public static Wording Of(Refusal refusal) => new(In(refusal, "en"), In(refusal, "ru"), In(refusal, "kk"));

    /// <summary>Every message of a language as written in its resource file (for the tests of the catalogue).</summary>
    public static IReadOnlyDictionary<string, string> Messages(string language)
    {
        var culture = Cultures.GetValueOrDefault(language, CultureInfo.InvariantCulture);
        var set = Texts.GetResourceSet(culture, createIfNotExists: true, tryParents: false)
            ?? throw new InvalidOperationException($"No refusal messages in '{language}'.");
        return set.Cast<DictionaryEntry>().ToDictionary(entry => (string)entry.Key, entry => (string)entry.Value!);
    }
}
