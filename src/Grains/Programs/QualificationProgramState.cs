namespace Platform.Grains.Programs;

[GenerateSerializer, Alias("Platform.Grains.Programs.QualificationProgramState")]
public sealed class QualificationProgramState
{
    /// <summary>Grows at every change of the document; 0 while none is loaded.</summary>
    [Id(0)] public int Version { get; set; }

    /// <summary>The normalized JSON document of the program, null while none is loaded.</summary>
    [Id(1)] public string? Json { get; set; }

    /// <summary>
    /// The versions kept, oldest first, each document in its <see cref="ProgramVersionGrain"/>. Empty in a state written
    /// before versions were kept: its current version is added when the next one is loaded.
    /// </summary>
    [Id(2)] public List<ProgramVersionInfo> Versions { get; set; } = [];
}
