namespace Platform.Grains.Sittings;

/// <summary>High-rate telemetry of the proctoring client, aggregated rather than logged one by one.</summary>
[GenerateSerializer, Immutable, Alias("Platform.Grains.Sittings.TelemetrySummary")]
public sealed record TelemetrySummary(
    [property: Id(0)] long Heartbeats,
    [property: Id(1)] DateTimeOffset? LastHeartbeatAt,
    [property: Id(2)] long NoiseSamples,
    [property: Id(3)] double? LastNoiseLevel,
    [property: Id(4)] double? MaxNoiseLevel);
