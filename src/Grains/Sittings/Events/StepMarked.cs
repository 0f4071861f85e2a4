namespace Platform.Grains.Sittings.Events;

/// <summary>P16: a commission member marked a step of the technological map.</summary>
public sealed record StepMarked(string By, string Role, string StepId, bool PerformedPerMap, string? Comment, string Rule)
    : SittingEvent(SittingFactKind.StepMarked);
