namespace Platform.Grains.Programs;

/// <summary>
/// One qualification program (SPEC §5), as an administrator loaded it: the JSON document of
/// <c>Platform.Domain.Programs.QualificationProgram</c> (modes P9, theory bank and blueprint P9/P15, practical
/// maps P16/P17, allowed items P12, documents P4). Key: <c>program-&lt;code&gt;</c> (see <see cref="ProgramKeys"/>).
/// A loaded program registers itself in the <see cref="IProgramCatalogGrain"/>.
/// </summary>
[Alias("Platform.Grains.Programs.IQualificationProgramGrain")]
public interface IQualificationProgramGrain : IGrainWithStringKey
{
    /// <summary>
    /// Validates the document and stores it in its normalized form, returning the version (which grows at every
    /// change; loading the same document again keeps it). Throws <see cref="ArgumentException"/> listing every error
    /// when the document is not a valid program, or when its code is not the one of this grain's key.
    /// </summary>
    [Alias("Load")]
    Task<int> Load(string programJson);

    /// <summary>The normalized JSON document, or null when no program was loaded under this key.</summary>
    [Alias("GetJson")]
    Task<string?> GetJson();

    /// <summary>What the program is in a few numbers, or null when no program was loaded under this key.</summary>
    [Alias("GetSummary")]
    Task<ProgramSummary?> GetSummary();
}
