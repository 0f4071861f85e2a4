namespace Platform.Grains.Programs;

[GenerateSerializer, Alias("Platform.Grains.Programs.QualificationProgramState")]
public sealed class QualificationProgramState
{
    /// <summary>Grows at every change of the document; 0 while none is loaded.</summary>
    [Id(0)] public int Version { get; set; }

    /// <summary>The normalized JSON document of the program, null while none is loaded.</summary>
    [Id(1)] public string? Json { get; set; }
}
