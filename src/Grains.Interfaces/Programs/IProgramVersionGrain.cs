namespace Platform.Grains.Programs;

/// <summary>
/// One version of a qualification program's document, kept unchanged once stored so that a sitting opened under it draws
/// its ticket and reads its map from it (SPEC §5). Key: <c>&lt;code&gt;@&lt;version&gt;</c> (see
/// <see cref="ProgramKeys.ForVersion"/>); written only by its <see cref="IQualificationProgramGrain"/>.
/// </summary>
[Alias("Platform.Grains.Programs.IProgramVersionGrain")]
public interface IProgramVersionGrain : IGrainWithStringKey
{
    /// <summary>Stores the document of this version; storing it again is harmless.</summary>
    [Alias("Keep")]
    Task Keep(string programJson);

    /// <summary>The document of this version, or null when none was stored.</summary>
    [Alias("GetJson")]
    Task<string?> GetJson();
}
