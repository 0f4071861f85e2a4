namespace Platform.Frontend.Sittings;

/// <summary>P16: a commission member's mark of one step of the technological map.</summary>
public sealed record StepMarkRequest(bool PerformedPerMap, string? Comment);
