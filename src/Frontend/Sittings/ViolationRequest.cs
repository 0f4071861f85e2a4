namespace Platform.Frontend.Sittings;

/// <summary>P13, SPEC §5: the suspicious event confirmed as a violation.</summary>
public sealed record ViolationRequest(Guid DetectionId);
