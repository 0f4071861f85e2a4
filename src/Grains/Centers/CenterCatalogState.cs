namespace Platform.Grains.Centers;

[GenerateSerializer, Alias("Platform.Grains.Centers.CenterCatalogState")]
public sealed class CenterCatalogState
{
    /// <summary>The accreditation numbers of the centers registered.</summary>
    [Id(0)] public List<string> Numbers { get; set; } = [];
}
