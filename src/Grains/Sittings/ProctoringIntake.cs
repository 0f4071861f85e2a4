using Platform.Domain.Proctoring;
using Platform.Grains.Sittings.Events;

namespace Platform.Grains.Sittings;

/// <summary>A batch of proctoring events sorted: new facts to log, telemetry samples to aggregate, and the counts of the rest.</summary>
internal sealed record ProctoringIntake(
    IReadOnlyList<SittingEvent> Facts, IReadOnlySet<Guid> Batch, IReadOnlyList<ProctoringEvent> Samples, int Duplicates, int Rejected);
