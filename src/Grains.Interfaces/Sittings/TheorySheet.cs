using Platform.Domain.Procedure;
using Platform.Domain.Programs;

namespace Platform.Grains.Sittings;

/// <summary>
/// What the candidate's client shows, on first opening and on every reconnect (P9): the ticket in the exam language
/// without the answer key, the answers the server acknowledged, and the time left of the server-side limit.
/// </summary>
/// <param name="SittingId">The sitting.</param>
/// <param name="State">Where the sitting stands.</param>
/// <param name="Language">The exam language.</param>
/// <param name="Questions">The ticket.</param>
/// <param name="Answers">The saved answers.</param>
/// <param name="Deadline">When the theory stage ends (limit plus extra time), or null before it opened.</param>
/// <param name="TimeLeft">The time left; zero once submitted or expired.</param>
/// <param name="PendingWarning">A warning of the proctoring not yet delivered to the candidate (P13).</param>
[GenerateSerializer, Immutable, Alias("Platform.Grains.Sittings.TheorySheet")]
public sealed record TheorySheet(
    [property: Id(0)] string SittingId,
    [property: Id(1)] SittingState State,
    [property: Id(2)] ExamLanguage Language,
    [property: Id(3)] IReadOnlyList<CandidateQuestion> Questions,
    [property: Id(4)] IReadOnlyList<SavedAnswer> Answers,
    [property: Id(5)] DateTimeOffset? Deadline,
    [property: Id(6)] TimeSpan TimeLeft,
    [property: Id(7)] SittingWarning? PendingWarning);
