namespace Platform.LoadTest;

/// <summary>A detection or violation of an acknowledged batch, as a worker's result file carries it (see <see cref="Expectations"/>).</summary>
public sealed record AcknowledgedEvent(string SittingId, Guid EventId);
