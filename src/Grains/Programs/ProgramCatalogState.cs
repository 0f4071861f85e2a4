namespace Platform.Grains.Programs;

[GenerateSerializer, Alias("Platform.Grains.Programs.ProgramCatalogState")]
public sealed class ProgramCatalogState
{
    /// <summary>The codes of the programs loaded.</summary>
    [Id(0)] public List<string> Codes { get; set; } = [];
}
