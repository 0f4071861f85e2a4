namespace Platform.Grains.Sittings;

/// <summary>Issue 17: a stretch of theory time already credited for an outage, kept so the same time is never credited twice.</summary>
[GenerateSerializer, Immutable, Alias("Platform.Grains.Sittings.CreditedStretch")]
public sealed record CreditedStretch(
    [property: Id(0)] DateTimeOffset Start,
    [property: Id(1)] DateTimeOffset End);
