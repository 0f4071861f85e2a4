using System.Reflection;

namespace Platform.Domain.Programs;

/// <summary>
/// The demo qualification programs shipped with the platform (SPEC §5), embedded from <c>Programs/Demo/*.json</c>
/// under the resource names <c>Platform.Domain.Programs.Demo.&lt;file&gt;.json</c>.
/// </summary>
public static class DemoPrograms
{
    /// <summary>The prefix of the embedded resource names.</summary>
    public const string ResourcePrefix = "Platform.Domain.Programs.Demo.";

    /// <summary>The JSON documents of the demo programs, by file name order.</summary>
    public static IReadOnlyList<string> Documents()
    {
        var assembly = typeof(DemoPrograms).Assembly;
        return [.. assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(ResourcePrefix, StringComparison.Ordinal) && name.EndsWith(".json", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(name => Read(assembly, name))];
    }

    /// <summary>The demo programs, parsed and validated.</summary>
    public static IReadOnlyList<QualificationProgram> All() => [.. Documents().Select(QualificationProgram.Parse)];

    private static string Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded demo program {name} is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
