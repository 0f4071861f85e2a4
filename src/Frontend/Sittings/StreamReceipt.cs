using Platform.Grains.Sittings;

namespace Platform.Frontend.Sittings;

/// <summary>
/// The answer for one sitting's batch of <see cref="ProctoringHub.IngestStreams"/>: its receipt once durable, or why
/// that batch alone was refused (the other sittings' batches of the call are not held back by it).
/// </summary>
public sealed record StreamReceipt(string SittingId, IngestReceipt? Receipt, string? Refusal);
