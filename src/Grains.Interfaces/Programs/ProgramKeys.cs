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
}
