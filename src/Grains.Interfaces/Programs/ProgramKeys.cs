namespace Platform.Grains.Programs;

/// <summary>Grain keys of qualification programs: <c>program-&lt;code&gt;</c>, never digit-only (SPEC §6).</summary>
public static class ProgramKeys
{
    /// <summary>The prefix of a program grain's key.</summary>
    public const string ProgramPrefix = "program-";

    /// <summary>The key of the one catalog of programs.</summary>
    public const string Catalog = "programs";

    /// <summary>The key of the program grain of this code, e.g. "program-accountant-nrk5".</summary>
    public static string For(string code) => ProgramPrefix + code;

    /// <summary>The key of the grain keeping one version of a program's document, e.g. "accountant-nrk5@2".</summary>
    public static string ForVersion(string code, int version) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{code}@{version}");
}
