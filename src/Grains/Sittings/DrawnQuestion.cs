namespace Platform.Grains.Sittings;

/// <summary>A question of the drawn ticket as the sitting keeps it (with the answer key, which never leaves the server).</summary>
[GenerateSerializer, Immutable, Alias("Platform.Grains.Sittings.DrawnQuestion")]
public sealed record DrawnQuestion(
    [property: Id(0)] int Number,
    [property: Id(1)] string QuestionId,
    [property: Id(2)] string Topic,
    [property: Id(3)] string Text,
    [property: Id(4)] IReadOnlyList<CandidateOption> Options,
    [property: Id(5)] string CorrectOptionId);
