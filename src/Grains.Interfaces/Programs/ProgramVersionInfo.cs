namespace Platform.Grains.Programs;

/// <summary>One version of a qualification program as it was loaded (SPEC §5): a sitting keeps the version it opened under.</summary>
/// <param name="Version">The version number, from 1.</param>
/// <param name="LoadedAt">When it was loaded; null for a version loaded before versions were kept.</param>
/// <param name="LoadedBy">The subject of the administrator who loaded it, when known.</param>
[GenerateSerializer, Immutable, Alias("Platform.Grains.Programs.ProgramVersionInfo")]
public sealed record ProgramVersionInfo(
    [property: Id(0)] int Version,
    [property: Id(1)] DateTimeOffset? LoadedAt,
    [property: Id(2)] string? LoadedBy);
