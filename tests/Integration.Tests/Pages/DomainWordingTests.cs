using System.Text.RegularExpressions;
using Platform.Frontend.Site;
using Platform.Integration.Tests.Infrastructure;

namespace Platform.Integration.Tests.Pages;

/// <summary>
/// Issue 15: every message key the Domain's program and calendar checks decide has its wording in kk, ru and en
/// (<c>Resources/DomainText</c>), so no administrator reads a key or the Domain's English.
/// </summary>
public sealed partial class DomainWordingTests
{
    [Fact]
    public void EveryKeyTheDomainsChecksDecideIsWordedInAllThreeLanguages()
    {
        var domain = Path.Combine(RepositoryRoot.Path, "src", "Domain");
        var keys = Keys(Path.Combine(domain, "Programs"), ProgramErrorKey(), "Program.Error.")
            .Concat(Keys(Path.Combine(domain, "Calendar"), CalendarProblemKey(), "Calendar.Error."))
            .ToHashSet();

        var missing = keys.SelectMany(key => new[] { "en", "ru", "kk" }
                .Where(language => SiteText.In(language, key) == $"[{key}]" || (language != "en" && SiteText.In(language, key) == SiteText.In("en", key)))
                .Select(language => $"{key} ({language})"))
            .ToList();

        Assert.True(keys.Count > 50, $"only {keys.Count} keys found: the scan is broken");
        Assert.Empty(missing);
    }

    private static IEnumerable<string> Keys(string folder, Regex call, string prefix) =>
        Directory.EnumerateFiles(folder, "*.cs")
            .SelectMany(file => call.Matches(File.ReadAllText(file)).Select(match => prefix + match.Groups["key"].Value));

    /// <summary><c>new(path, "Key", …)</c> or <c>new ProgramError(path, "Key", …)</c>.</summary>
    [GeneratedRegex("""new(?: ProgramError)?\([^;]*?,\s*"(?<key>[A-Z][A-Za-z]+)"\s*[,)]""")]
    private static partial Regex ProgramErrorKey();

    /// <summary><c>new("Key", …)</c> or <c>new CalendarProblem("Key", …)</c>.</summary>
    [GeneratedRegex("""new(?: CalendarProblem)?\("(?<key>[A-Z][A-Za-z]+)"\s*[,)]""")]
    private static partial Regex CalendarProblemKey();
}
