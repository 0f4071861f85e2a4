using System.Globalization;
using System.Text.Json.Serialization;
using Platform.Domain.Calendar;

namespace Platform.Domain.Rules;

/// <summary>
/// A rule refused an action: which point of the Rules, the key of the message that says why (worded in
/// <c>Resources/Refusals*.resx</c> in en, ru and kk), and the message's arguments already written out the same way in
/// every language (a date as 25.12.2026, a number with no grouping). The one refusal type of the platform: the checks
/// return it, the grains answer it, the edge words it in the caller's language (<see cref="RefusalWording"/>).
/// </summary>
/// <param name="Rule">The point of the Rules.</param>
/// <param name="Message">
/// The message key, e.g. "AppealWindowClosed"; keys joined by '+' ("StartExamRequires+StateIsFinal") are worded one
/// after the other, joined by "; " (see <see cref="Then"/>).
/// </param>
/// <param name="Arguments">The message's arguments, in order.</param>
[JsonConverter(typeof(RefusalJsonConverter))]
public sealed record Refusal(Rule Rule, string Message, IReadOnlyList<string> Arguments)
{
    /// <summary>A refusal whose arguments are written out as every language shows them (dates in Almaty time).</summary>
    public static Refusal Of(Rule rule, string message, params object[] arguments) =>
        new(rule, message, [.. arguments.Select(Write)]);

    /// <summary>This refusal followed by the message <paramref name="qualifier"/> (e.g. "StateIsFinal"), same rule and arguments.</summary>
    public Refusal Then(string qualifier) => this with { Message = $"{Message}+{qualifier}" };

    /// <summary>The message keys it is worded from, in order (one unless <see cref="Then"/> joined more).</summary>
    public IReadOnlyList<string> Messages => Message.Split('+');

    /// <summary>The message in <paramref name="language"/> ("kk", "ru"; English otherwise).</summary>
    public string In(string? language) => RefusalWording.In(this, language);

    public bool Equals(Refusal? other) =>
        other is not null && other.Rule == Rule && other.Message == Message && other.Arguments.SequenceEqual(Arguments);

    public override int GetHashCode() => HashCode.Combine(Rule, Message, Arguments.Count);

    /// <summary>"P20 AppealWindowClosed(25.12.2026)": for logs and test failures, never for people.</summary>
    public override string ToString() => $"{Rule} {Message}({string.Join(", ", Arguments)})";

    private static string Write(object argument) => argument switch
    {
        DateOnly day => day.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture),
        DateTimeOffset instant => KazakhstanTime.DateOf(instant).ToString("dd.MM.yyyy", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => argument.ToString() ?? "",
    };
}
