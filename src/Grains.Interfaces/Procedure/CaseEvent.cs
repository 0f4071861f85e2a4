namespace Platform.Grains.Procedure;

/// <summary>One step of a case's history: what happened, under which rule, by whom (subject only).</summary>
[GenerateSerializer, Immutable, Alias("Platform.Grains.Procedure.CaseEvent")]
public sealed record CaseEvent(
    [property: Id(0)] DateTimeOffset At,
    [property: Id(1)] string What,
    [property: Id(2)] string Rule,
    [property: Id(3)] string BySubject,
    [property: Id(4)] string ByRole);
