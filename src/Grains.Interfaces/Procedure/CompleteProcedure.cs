namespace Platform.Grains.Procedure;

/// <summary>
/// Step 7-9 done (P15-P17): the candidate completed the procedure; the results the protocol will record.
/// Sent by the sitting (online) or recorded by the commission's secretary (offline).
/// </summary>
/// <param name="TheoryCorrect">Correct answers of the theory stage (P15).</param>
/// <param name="TheoryTotal">All questions of the ticket.</param>
/// <param name="PracticalPassed">The practical stage against the technological map (P16); null when the theory did not admit to it.</param>
/// <param name="PracticalShortfalls">The steps not performed per the map, as the commission recorded them.</param>
/// <param name="EndedBy">How the sitting ended: completed, terminated (P13 online) or removed (P13 offline).</param>
/// <param name="Marks">Each step of the map as marked (P16); null when recorded without them (the API's completion).</param>
[GenerateSerializer, Immutable, Alias("Platform.Grains.Procedure.CompleteProcedure")]
public sealed record CompleteProcedure(
    [property: Id(0)] Guid CommandId,
    [property: Id(1)] int TheoryCorrect,
    [property: Id(2)] int TheoryTotal,
    [property: Id(3)] bool? PracticalPassed,
    [property: Id(4)] IReadOnlyList<string> PracticalShortfalls,
    [property: Id(5)] SittingEnd EndedBy,
    [property: Id(6)] Actor By,
    [property: Id(7)] IReadOnlyList<PracticalStepMark>? Marks = null);
