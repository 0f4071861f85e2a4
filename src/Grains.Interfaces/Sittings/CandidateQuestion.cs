namespace Platform.Grains.Sittings;

/// <summary>A question of the drawn ticket as the candidate sees it: in the exam language, without the answer key (P9, P15).</summary>
[GenerateSerializer, Immutable, Alias("Platform.Grains.Sittings.CandidateQuestion")]
public sealed record CandidateQuestion(
    [property: Id(0)] int Number,
    [property: Id(1)] string QuestionId,
    [property: Id(2)] string Text,
    [property: Id(3)] IReadOnlyList<CandidateOption> Options);
