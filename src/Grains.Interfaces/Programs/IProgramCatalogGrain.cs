namespace Platform.Grains.Programs;

/// <summary>
/// The codes of the qualification programs loaded, so that they can be listed without scanning grain state
/// (SPEC §6). One grain: key <see cref="ProgramKeys.Catalog"/>. Program grains register themselves on load.
/// </summary>
[Alias("Platform.Grains.Programs.IProgramCatalogGrain")]
public interface IProgramCatalogGrain : IGrainWithStringKey
{
    /// <summary>Adds a program code; adding it again is harmless.</summary>
    [Alias("Register")]
    Task Register(string code);

    /// <summary>The codes of the programs loaded, in ordinal order.</summary>
    [Alias("GetCodes")]
    Task<IReadOnlyList<string>> GetCodes();
}
