using System.Collections.Concurrent;
using Platform.Domain.Programs;

namespace Platform.Grains.Sittings;

/// <summary>
/// The programs the sittings of this process read, parsed once per version: a version's document does not change once
/// a sitting has been opened under it, and the parsed program is immutable. Keyed by <c>code@version</c> and checked
/// against the document itself, so that another cluster in the same process (tests) with another document under the
/// same version is parsed anew, never served the wrong one.
/// </summary>
internal static class ParsedPrograms
{
    private static readonly ConcurrentDictionary<string, (string Json, QualificationProgram Program)> Parsed = new(StringComparer.Ordinal);

    public static QualificationProgram Of(string versionKey, string json)
    {
        if (Parsed.TryGetValue(versionKey, out var kept) && (ReferenceEquals(kept.Json, json) || kept.Json == json))
        {
            return kept.Program;
        }

        var program = QualificationProgram.Parse(json);
        Parsed[versionKey] = (json, program);
        return program;
    }
}
