using System.Globalization;

namespace Platform.Domain.Programs;

/// <summary>
/// One thing wrong with a qualification program document, as a decision: where, which rule (a message key) and the
/// values the wording names. The wording is the caller's, in the reader's language (the Frontend's resources
/// <c>Program.Error.&lt;Key&gt;</c>, with <see cref="Arguments"/> as <c>{0}</c>, <c>{1}</c>…).
/// </summary>
/// <param name="Path">Where, as a JSON path without the root, e.g. <c>theory.questions[12].kk.text</c>.</param>
/// <param name="Key">What is wrong, e.g. <c>TextMissing</c>.</param>
/// <param name="Arguments">The values the message names, in invariant form, e.g. <c>["kk"]</c>.</param>
public sealed record ProgramError(string Path, string Key, IReadOnlyList<string> Arguments)
{
    /// <summary>An error whose arguments are written in invariant form.</summary>
    public ProgramError(string path, string key, params object?[] arguments)
        : this(path, key, [.. arguments.Select(argument => Convert.ToString(argument, CultureInfo.InvariantCulture) ?? "")])
    {
    }

    /// <summary>"path: Key(argument, …)", for logs and exceptions (never shown to a person as it is).</summary>
    public override string ToString() => Arguments.Count == 0 ? $"{Path}: {Key}" : $"{Path}: {Key}({string.Join(", ", Arguments)})";
}
