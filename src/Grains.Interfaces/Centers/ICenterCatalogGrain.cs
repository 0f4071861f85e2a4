namespace Platform.Grains.Centers;

/// <summary>
/// The accreditation numbers of the centers registered, so that the application form (P4) can list them without
/// scanning grain state (SPEC §6). One grain: key <see cref="CenterKeys.Catalog"/>. Center grains register themselves.
/// </summary>
[Alias("Platform.Grains.Centers.ICenterCatalogGrain")]
public interface ICenterCatalogGrain : IGrainWithStringKey
{
    /// <summary>Adds an accreditation number; adding it again is harmless.</summary>
    [Alias("Register")]
    Task Register(string number);

    /// <summary>The numbers of the centers registered, in ordinal order.</summary>
    [Alias("GetNumbers")]
    Task<IReadOnlyList<string>> GetNumbers();
}
