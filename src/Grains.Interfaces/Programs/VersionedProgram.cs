namespace Platform.Grains.Programs;

/// <summary>The normalized JSON document of one version of a qualification program.</summary>
/// <param name="Version">The version the document was stored under.</param>
/// <param name="Json">The document.</param>
[GenerateSerializer, Immutable, Alias("Platform.Grains.Programs.VersionedProgram")]
public sealed record VersionedProgram(
    [property: Id(0)] int Version,
    [property: Id(1)] string Json);
