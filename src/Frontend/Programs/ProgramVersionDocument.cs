using System.Text.Json;

namespace Platform.Frontend.Programs;

/// <summary>One version of a qualification program as <c>GET /api/v1/programs/{code}/versions/{version}</c> answers it.</summary>
/// <param name="Code">The program's code.</param>
/// <param name="Version">The version's number, from 1.</param>
/// <param name="Current">Whether it is the version new sittings are drawn from.</param>
/// <param name="LoadedAt">When it was loaded; null for a version loaded before versions were kept.</param>
/// <param name="LoadedBy">The subject of the administrator who loaded it, when known.</param>
/// <param name="Program">The document of the version, in the JSON form it is loaded in (SPEC §5).</param>
public sealed record ProgramVersionDocument(string Code, int Version, bool Current, DateTimeOffset? LoadedAt, string? LoadedBy, JsonElement Program);
