namespace Platform.Grains.Procedure;

/// <summary>
/// Step 7 offline (P8, P9): the commission opens the exam on paper, recording what the candidate signed before it
/// (the methodology and tools of the program, the complaint and appeal procedures) and the induction safety
/// briefing's entry in the center's paper journal.
/// </summary>
[GenerateSerializer, Immutable, Alias("Platform.Grains.Procedure.StartOfflineExam")]
public sealed record StartOfflineExam(
    [property: Id(0)] Guid CommandId,
    [property: Id(1)] bool MethodologyAcknowledged,
    [property: Id(2)] bool ComplaintAndAppealAcknowledged,
    [property: Id(3)] string? SafetyBriefingJournalEntry,
    [property: Id(4)] Actor By);
