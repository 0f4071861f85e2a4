using System.Text.Json.Serialization;

namespace Platform.Grains.Sittings.Events;

/// <summary>P6: the sitting was opened for a program, under a version of it (absent from records written before versions were kept).</summary>
public sealed record Opened(string By, string Role, string Rule, [property: JsonPropertyName("text")] string ProgramCode, int? ProgramVersion = null)
    : SittingEvent(SittingFactKind.Opened);
