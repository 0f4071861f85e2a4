using Platform.Domain.Procedure;
using Platform.Domain.Proctoring;

namespace Platform.Grains.Sittings;

/// <summary>
/// The answer to a batch of proctoring events: every event that matters is durable in PostgreSQL before it is sent.
/// </summary>
/// <param name="Logged">Detections new to the sitting, now in its event log.</param>
/// <param name="Duplicates">Events already seen (same id), ignored.</param>
/// <param name="Telemetry">Heartbeats and noise samples, aggregated.</param>
/// <param name="Rejected">Events of another sitting or not well formed, ignored.</param>
/// <param name="Outcome">Where the sitting stands under P13.</param>
/// <param name="State">The sitting's state after the batch.</param>
[GenerateSerializer, Immutable, Alias("Platform.Grains.Sittings.IngestReceipt")]
public sealed record IngestReceipt(
    [property: Id(0)] int Logged,
    [property: Id(1)] int Duplicates,
    [property: Id(2)] int Telemetry,
    [property: Id(3)] int Rejected,
    [property: Id(4)] ViolationOutcome Outcome,
    [property: Id(5)] SittingState State);
