using System.Globalization;

namespace Platform.Domain.Programs;

/// <summary>Paths of <see cref="ProgramError"/>: JSON paths without the root, e.g. <c>theory.questions[12].kk.text</c>.</summary>
internal static class ProgramPath
{
    /// <summary>The path of the whole document.</summary>
    public const string Root = "$";

    public static string Member(string parent, string member) => parent == Root ? member : $"{parent}.{member}";

    public static string Item(string parent, int index) =>
        $"{parent}[{index.ToString(CultureInfo.InvariantCulture)}]";

    /// <summary>"$.theory.questions[3]" → "theory.questions[3]".</summary>
    public static string FromJsonPath(string? jsonPath) => jsonPath switch
    {
        null or "" or Root => Root,
        _ when jsonPath.StartsWith("$.", StringComparison.Ordinal) => jsonPath[2..],
        _ => jsonPath,
    };
}
