namespace Platform.Grains.Programs;

[GenerateSerializer, Alias("Platform.Grains.Programs.ProgramVersionState")]
public sealed class ProgramVersionState
{
    /// <summary>The normalized JSON document of this version, null while none is stored.</summary>
    [Id(0)] public string? Json { get; set; }
}
