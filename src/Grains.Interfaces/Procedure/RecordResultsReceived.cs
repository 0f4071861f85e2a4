namespace Platform.Grains.Procedure;

/// <summary>
/// P20: the day the candidate received the results: delivered electronically (the platform records it itself)
/// or handed over on paper (recorded by staff). The appeal window counts from this day.
/// </summary>
[GenerateSerializer, Immutable, Alias("Platform.Grains.Procedure.RecordResultsReceived")]
public sealed record RecordResultsReceived(
    [property: Id(0)] Guid CommandId,
    [property: Id(1)] DateOnly ReceivedOn,
    [property: Id(2)] bool OnPaper,
    [property: Id(3)] Actor By);
