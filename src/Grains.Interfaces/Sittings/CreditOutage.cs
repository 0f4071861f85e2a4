namespace Platform.Grains.Sittings;

/// <summary>
/// Issue 17 (P11's spirit): the window of a platform outage a frontend saw for one sitting, from the first of its calls
/// refused as unavailable to the next that succeeded, by the frontend's clock. Sent by the frontend's fault path alone,
/// never from a request: the sitting decides what of it to credit (<see cref="IExamSessionGrain.CreditOutage"/>).
/// </summary>
[GenerateSerializer, Immutable, Alias("Platform.Grains.Sittings.CreditOutage")]
public sealed record CreditOutage(
    [property: Id(0)] DateTimeOffset From,
    [property: Id(1)] DateTimeOffset To);
