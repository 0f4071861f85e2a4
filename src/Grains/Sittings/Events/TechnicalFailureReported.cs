namespace Platform.Grains.Sittings.Events;

/// <summary>P11: a technical failure ended the sitting.</summary>
public sealed record TechnicalFailureReported(string By, string Role, string Rule) : SittingEvent(SittingFactKind.TechnicalFailure);
