namespace Platform.Grains.Programs;

/// <summary>
/// One qualification program (SPEC §5), as an administrator loaded it: the JSON document of
/// <c>Platform.Domain.Programs.QualificationProgram</c> (modes P9, theory bank and blueprint P9/P15, practical
/// maps P16/P17, allowed items P12, documents P4). Key: <c>program-&lt;code&gt;</c> (see <see cref="ProgramKeys"/>).
/// A loaded program registers itself in the <see cref="IProgramCatalogGrain"/>; every version is kept by an
/// <see cref="IProgramVersionGrain"/>.
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

    /// <summary>As <see cref="Load(string)"/>, noting who loaded it (an administrator's subject) with a new version.</summary>
    [Alias("LoadBy")]
    Task<int> Load(string programJson, string? loadedBy);

    /// <summary>The normalized JSON document, or null when no program was loaded under this key.</summary>
    [Alias("GetJson")]
    Task<string?> GetJson();

    /// <summary>What the program is in a few numbers, or null when no program was loaded under this key.</summary>
    [Alias("GetSummary")]
    Task<ProgramSummary?> GetSummary();

    /// <summary>Every version loaded, oldest first (versions loaded before versions were kept are listed without a date).</summary>
    [Alias("GetVersions")]
    Task<IReadOnlyList<ProgramVersionInfo>> GetVersions();

    /// <summary>
    /// The document of a version, or of the current one when <paramref name="version"/> is null; null when there is no
    /// such version, or when it was replaced before versions were kept.
    /// </summary>
    [Alias("GetDocument")]
    Task<VersionedProgram?> GetDocument(int? version);
}
