using Platform.Grains.Procedure;

namespace Platform.Grains.Sittings;

/// <summary>
/// P8: before the exam the candidate is acquainted with the methodology and tools of the qualification program and
/// with the complaint and appeal procedures (each an explicit acknowledgement); offline, the induction safety
/// briefing took place and is entered in the paper journal (its entry is referenced here).
/// </summary>
/// <param name="CommandId">Makes a retry harmless.</param>
/// <param name="MethodologyAcknowledged">The candidate acknowledged the methodology and tools of the program.</param>
/// <param name="ComplaintAndAppealAcknowledged">The candidate acknowledged the complaint and appeal procedures.</param>
/// <param name="SafetyBriefingJournalEntry">Offline: the entry of the induction safety briefing in the journal; null online.</param>
/// <param name="By">Who records it.</param>
[GenerateSerializer, Immutable, Alias("Platform.Grains.Sittings.CheckIn")]
public sealed record CheckIn(
    [property: Id(0)] Guid CommandId,
    [property: Id(1)] bool MethodologyAcknowledged,
    [property: Id(2)] bool ComplaintAndAppealAcknowledged,
    [property: Id(3)] string? SafetyBriefingJournalEntry,
    [property: Id(4)] Actor By);
