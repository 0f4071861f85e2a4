using Platform.Grains.Sittings;

namespace Platform.LoadTest;

/// <summary>
/// The JSON shape of the hub's answer for one sitting's batch of <c>IngestStreams</c>: its receipt once durable, or
/// why that batch alone was refused.
/// </summary>
public sealed record StreamReceipt(string SittingId, IngestReceipt? Receipt, string? Refusal);
